/**
 * Calls as iCalendar events (RFC 5545) through ical-generator. The UID is the
 * interview's id and SEQUENCE its calendar_sequence, so a rescheduled call
 * replaces the event a calendar already holds and a cancelled one removes it.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export type CalendarCall = {
  id: string;
  scheduledAt: Date;
  durationMinutes: number;
  timezone: string;
  status: 'scheduled' | 'completed' | 'cancelled' | 'no_show';
  calendarSequence: number;
  expertName: string;
  expertTitle: string | null;
  expertCompany: string | null;
  campaignName: string;
  vendorName: string | null;
  teamMemberName: string | null;
  updatedAt: Date;
};

const PRODUCT = { company: 'Expert Network', product: 'Calls', language: 'EN' };
/** The domain after the id in each UID: one app's events never collide with another's. */
const UID_DOMAIN = 'expert-network.app';

function addEvent(calendar: ReturnType<typeof ical>, call: CalendarCall) {
  const who = [call.expertTitle, call.expertCompany].filter(Boolean).join(', ');
  calendar.createEvent({
    id: `${call.id}@${UID_DOMAIN}`,
    sequence: call.calendarSequence,
    start: call.scheduledAt,
    end: new Date(call.scheduledAt.getTime() + call.durationMinutes * 60_000),
    timezone: call.timezone,
    stamp: call.updatedAt,
    summary: `Expert call: ${call.expertName}${who ? ` (${who})` : ''}`,
    description: [
      `Campaign: ${call.campaignName}`,
      call.vendorName && `Vendor: ${call.vendorName}`,
      call.teamMemberName && `Interviewer: ${call.teamMemberName}`,
    ]
      .filter(Boolean)
      .join('\n'),
    status: call.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

/** One call's invite: METHOD:CANCEL once it is cancelled, METHOD:REQUEST otherwise. */
export function callInvite(call: CalendarCall): string {
  const calendar = ical({ prodId: PRODUCT });
  calendar.method(
    call.status === 'cancelled' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  );
  addEvent(calendar, call);
  return calendar.toString();
}

/** A user's subscription feed: every call, cancelled ones marked so (METHOD:PUBLISH). */
export function callFeed(calls: CalendarCall[]): string {
  const calendar = ical({ prodId: PRODUCT, name: 'Expert calls', ttl: 15 * 60 });
  calendar.method(ICalCalendarMethod.PUBLISH);
  for (const call of calls) addEvent(calendar, call);
  return calendar.toString();
}
