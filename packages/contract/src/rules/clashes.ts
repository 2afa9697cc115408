/**
 * What a booking must not do, or may do only when the user confirms: the
 * warnings a booking or a move can raise, checked before the call is written.
 */
import { dayIn } from '../calendar-day';

/** A booking the user may still make, once they have seen why it is unusual. */
export const BOOKING_WARNINGS = [
  'interviewer_clash',
  'outside_campaign_dates',
  'over_budget',
  /** The same person, offered by another network, already has a call in the campaign. */
  'second_booking_of_person',
] as const;
export type BookingWarning = (typeof BOOKING_WARNINGS)[number];

export type TimeSlot = { scheduledAt: Date; durationMinutes: number };

const endOf = (slot: TimeSlot) => slot.scheduledAt.getTime() + slot.durationMinutes * 60_000;

/** Two calls overlap when each starts before the other ends (back to back does not). */
export function slotsOverlap(a: TimeSlot, b: TimeSlot): boolean {
  return a.scheduledAt.getTime() < endOf(b) && b.scheduledAt.getTime() < endOf(a);
}

type CampaignDates = { startDate: string | null; targetCompletionDate: string | null };

/**
 * Why a call (start and end, as days in the call's zone) falls outside the
 * campaign's dates, or null when it falls within them (or they are not set).
 */
export function outsideCampaignDates(
  slot: TimeSlot & { timezone: string },
  campaign: CampaignDates,
): string | null {
  const first = dayIn(slot.scheduledAt, slot.timezone);
  const last = dayIn(new Date(endOf(slot)), slot.timezone);
  if (campaign.startDate && first < campaign.startDate) {
    return `The call is before the campaign starts (${campaign.startDate})`;
  }
  if (campaign.targetCompletionDate && last > campaign.targetCompletionDate) {
    return `The call is after the campaign's target end (${campaign.targetCompletionDate})`;
  }
  return null;
}

/** The warnings raised that the user has not confirmed: the booking waits for these. */
export function unconfirmed(
  raised: { warning: BookingWarning; message: string }[],
  confirmed: readonly BookingWarning[] | undefined,
) {
  return raised.filter((r) => !confirmed?.includes(r.warning));
}
