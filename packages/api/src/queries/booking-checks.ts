/**
 * What a booking or a move is checked against before it is written: the
 * expert's other calls (a clash is refused), the interviewer's (allowed once
 * confirmed), the campaign's dates, the budgets and a second booking of one
 * person (each confirmed).
 */
import {
  type BillingRule,
  type BookingWarning,
  BY_THE_MINUTE,
  outsideCampaignDates,
  unconfirmed,
} from '@expert-network/contract/rules';
import { schema } from '@expert-network/db';
import { eq, inArray, lt, ne, type SQL, sql } from 'drizzle-orm';
import { conflict, conflictIssues } from '../errors';
import { owned, type Scope } from '../scope';
import { budgetWarning } from './budgets';
import { secondBookingOfPerson } from './persons';

const { campaigns, interviews, teamMembers, vendorPlatforms } = schema;

export type Slot = { scheduledAt: Date; durationMinutes: number; timezone: string };

/**
 * The first of the caller's booked or held calls matching `who` that overlaps
 * the slot (`except`: the call being moved).
 */
export async function overlapping(scope: Scope, who: SQL, slot: Slot, except?: string) {
  const end = new Date(slot.scheduledAt.getTime() + slot.durationMinutes * 60_000);
  const [row] = await scope.db
    .select({
      id: interviews.id,
      scheduledAt: interviews.scheduledAt,
      durationMinutes: interviews.durationMinutes,
      timezone: interviews.timezone,
    })
    .from(interviews)
    .where(
      owned(
        interviews,
        scope,
        who,
        inArray(interviews.status, ['scheduled', 'completed']),
        lt(interviews.scheduledAt, end),
        // (sql.param with the column: the instant is bound as the column binds it.)
        sql`${interviews.scheduledAt} + make_interval(mins => ${interviews.durationMinutes}) > ${sql.param(slot.scheduledAt, interviews.scheduledAt)}`,
        except ? ne(interviews.id, except) : undefined,
      ),
    )
    .limit(1);
  return row;
}

type Call = { scheduledAt: Date; durationMinutes: number; timezone: string };

/** "a 60-minute call on Thu 3 Dec, 20:00 CET": the other call on its own clock, as a person reads it. */
const at = (call: Call) =>
  `a ${call.durationMinutes}-minute call on ${onClockOf(call.scheduledAt, call.timezone)}`;

function onClockOf(instant: Date, timeZone: string) {
  const style = {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  } as const;
  try {
    return new Intl.DateTimeFormat('en-GB', { ...style, timeZone }).format(instant);
  } catch {
    // A zone this runtime does not know (kept from an older app): UTC says it exactly.
    return new Intl.DateTimeFormat('en-GB', { ...style, timeZone: 'UTC' }).format(instant);
  }
}

/** CONFLICT: the expert is already on a call then (no confirmation makes it possible). */
export function expertClash(clash: Call) {
  return conflict('scheduledAt', `The expert already has ${at(clash)}`);
}

/** The billing rule of the expert's vendor (by the minute for an expert added by hand). */
export async function billingRuleOf(scope: Scope, vendorPlatformId: string | null) {
  if (!vendorPlatformId) return BY_THE_MINUTE;
  const [rule] = await scope.db
    .select({
      minimumBillableMinutes: vendorPlatforms.minimumBillableMinutes,
      billingIncrementMinutes: vendorPlatforms.billingIncrementMinutes,
    })
    .from(vendorPlatforms)
    .where(eq(vendorPlatforms.id, vendorPlatformId));
  return (rule ?? BY_THE_MINUTE) satisfies BillingRule;
}

type Booking = {
  campaignId: string;
  /** A new booking's expert: a second booking of their person is a warning too. */
  expert?: { id: string; campaignId: string; personId: string };
  slot: Slot;
  teamMemberId: string | null | undefined;
  /** What the booking adds to the committed spend (a move: the difference). */
  extraCents: number;
  confirm: readonly BookingWarning[] | undefined;
  except?: string;
};

/**
 * Refuses the booking with CONFLICT while a warning it raises is not confirmed;
 * each warning is an issue on `confirm.<warning>`, so the screen can show them
 * all and ask once. The interviewer's row is locked, so two unconfirmed
 * bookings of one interviewer cannot both find the slot free.
 */
export async function requireConfirmedWarnings(scope: Scope, booking: Booking) {
  const raised: { warning: BookingWarning; message: string }[] = [];
  if (booking.teamMemberId) {
    await scope.db
      .select({ id: teamMembers.id })
      .from(teamMembers)
      .where(owned(teamMembers, scope, eq(teamMembers.id, booking.teamMemberId)))
      .for('update');
    const busy = await overlapping(
      scope,
      eq(interviews.teamMemberId, booking.teamMemberId),
      booking.slot,
      booking.except,
    );
    if (busy) {
      raised.push({
        warning: 'interviewer_clash',
        message: `The interviewer already has ${at(busy)}`,
      });
    }
  }
  const [campaign] = await scope.db
    .select({
      startDate: campaigns.startDate,
      targetCompletionDate: campaigns.targetCompletionDate,
    })
    .from(campaigns)
    .where(owned(campaigns, scope, eq(campaigns.id, booking.campaignId)));
  const outside = campaign && outsideCampaignDates(booking.slot, campaign);
  if (outside) raised.push({ warning: 'outside_campaign_dates', message: outside });
  if (booking.extraCents > 0) {
    raised.push(...(await budgetWarning(scope, booking.campaignId, booking.extraCents)));
  }
  if (booking.expert) raised.push(...(await secondBookingOfPerson(scope, booking.expert)));
  const pending = unconfirmed(raised, booking.confirm);
  if (pending.length) throw warningsError(pending);
}

function warningsError(pending: { warning: BookingWarning; message: string }[]) {
  return conflictIssues(pending.map((p) => ({ path: ['confirm', p.warning], message: p.message })));
}
