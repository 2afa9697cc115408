import { zoneLabel } from '@expert-network/contract/rules';
import { getRouteApi } from '@tanstack/react-router';
import { PageHeader } from '../../components/ui/page-header';
import { dayKey, stepAnchor, viewTitle } from './calendar-range';
import { CalendarToolbar } from './calendar-toolbar';
import { CALENDAR_VIEWS, type CalendarView } from './calendar-views';
import { CallCalendar, useCalendarZone, usePhoneCalendar } from './call-calendar';

const route = getRouteApi('/app/calendar');

/** Every call of every campaign on one calendar, in the user's time zone. */
export function CalendarPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const zone = useCalendarZone();
  const phone = usePhoneCalendar();
  const view: CalendarView = search.view ?? (phone ? 'day' : 'week');
  const anchor = search.date ?? dayKey(new Date(), zone);
  const go = (next: { view?: CalendarView; date?: string | undefined }) =>
    void navigate({ search: (s) => ({ ...s, ...next }), replace: true });
  return (
    <>
      <PageHeader
        title="Calendar"
        description={`Every call across your campaigns, in ${zoneLabel(zone)} time (${zone}). Drag a booked call in the day or week view to move it.`}
      />
      <div className="grid gap-4 p-4 sm:p-6 lg:p-8">
        <CalendarToolbar
          views={CALENDAR_VIEWS}
          view={view}
          onView={(v) => go({ view: v })}
          nav={{
            title: viewTitle(view, anchor, zone),
            onStep: (by) => go({ date: stepAnchor(view, anchor, zone, by) }),
            onToday: () => go({ date: undefined }),
          }}
        />
        <CallCalendar
          view={view}
          anchor={anchor}
          zone={zone}
          emptyHint="Calls you schedule from a campaign's shortlist show up here."
        />
      </div>
    </>
  );
}
