import type { ExpertStatus } from '@expert-network/contract';

/**
 * Why an expert cannot be moved by hand from `current` to `next`, or null when
 * it can: once a call is booked or held, the status follows the interview.
 * Single and bulk changes both ask here.
 */
export function statusChangeRefusal(current: ExpertStatus, next: ExpertStatus): string | null {
  if (next === current) return null;
  if (current === 'scheduled' || current === 'completed') {
    return `This expert is ${current}: the status follows the interview (cancel it first)`;
  }
  return null;
}
