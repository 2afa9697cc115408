/**
 * An expert's pipeline: the user moves a proposal between proposed,
 * shortlisted and rejected; scheduled and completed follow the expert's calls.
 */
import { type ExpertStatus, MANUAL_EXPERT_STATUSES, type ManualExpertStatus } from '../values';

/** Why the user may not move an expert from `current` to `next`, or null when they may. */
export function expertStatusRefusal(current: ExpertStatus, next: ManualExpertStatus) {
  if (next === current) return null;
  if (current === 'scheduled' || current === 'completed') {
    return `This expert is ${current}: the status follows the interview (cancel it first)`;
  }
  return null;
}

/** The statuses the user may move an expert to now (none while a call decides it). */
export function nextExpertStatuses(current: ExpertStatus): ManualExpertStatus[] {
  return MANUAL_EXPERT_STATUSES.filter(
    (next) => next !== current && expertStatusRefusal(current, next) === null,
  );
}

/** Why an expert cannot be booked for a call, or null when they can. */
export function bookingRefusal(current: ExpertStatus) {
  return current === 'rejected'
    ? 'This expert was rejected: shortlist them before scheduling'
    : null;
}

/**
 * An expert's stage once their calls change: scheduled while one is booked,
 * completed once one took place, back on the shortlist when neither remains.
 * A rejected or merely proposed expert with no calls keeps that stage.
 */
export function expertStatusAfterCalls(
  current: ExpertStatus,
  calls: { scheduled: number; completed: number },
): ExpertStatus {
  if (calls.scheduled > 0) return 'scheduled';
  if (calls.completed > 0) return 'completed';
  return current === 'scheduled' || current === 'completed' ? 'shortlisted' : current;
}
