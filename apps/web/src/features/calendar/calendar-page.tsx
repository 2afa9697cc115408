import { currentZoneName, zoneLabel } from '@expert-network/contract/rules';
import { getRouteApi } from '@tanstack/react-router';
import { CalendarDays, ChevronLeft, ChevronRight } from 'lucide-react';
import { lazy, Suspense } from 'react';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { PageHeader } from '../../components/ui/page-header';
import { ListSkeleton } from '../../components/ui/skeleton';
import { EmptyState, ErrorState } from '../../components/ui/states';
import { atLeast, BREAKPOINTS } from '../../lib/breakpoints';
import { cn } from '../../lib/cn';
import { browserTimeZone } from '../../lib/format';
import { useMediaQuery } from '../../lib/use-media-query';
import { useInterviews } from '../interviews/use-interviews';
import { usePreferences } from '../preferences/use-preferences';
import { dayKey, stepAnchor, viewRange, viewTitle, visibleDays } from './calendar-range';
import { CALENDAR_VIEWS, type CalendarView } from './calendar-views';
import { useMoveCall } from './use-move-call';

const route = getRouteApi('/app/calendar');

// The grids (drag and drop, zone arithmetic) load beside the page's frame, which paints first.
const HourGrid = lazy(() => import('./hour-grid').then((m) => ({ default: m.HourGrid })));
const MonthGrid = lazy(() => import('./month-grid').then((m) => ({ default: m.MonthGrid })));

/** Every call of every campaign on one calendar, in the user's time zone. */
export function CalendarPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { data: prefs } = usePreferences();
  const zone = currentZoneName(prefs?.timezone ?? browserTimeZone());
  const phone = !useMediaQuery(atLeast(BREAKPOINTS.drawer));
  // A phone opens on a day: seven hour columns do not fit 390 px.
  const view: CalendarView = search.view ?? (phone ? 'day' : 'week');
  const anchor = search.date ?? dayKey(new Date(), zone);
  const range = viewRange(view, anchor, zone);
  const interviews = useInterviews(range);
  const move = useMoveCall();
  const go = (next: { view?: CalendarView; date?: string }) =>
    void navigate({ search: (s) => ({ ...s, ...next }), replace: true });
  const days = visibleDays(view, anchor, zone);
  return (
    <>
      <PageHeader
        title="Calendar"
        description={`Every call across your campaigns, in ${zoneLabel(zone)} time (${zone}). Drag a booked call in the day or week view to move it.`}
      />
      <div className="grid gap-4 p-4 sm:p-6 lg:p-8">
        <div className="flex flex-wrap items-center gap-2">
          <fieldset className="inline-flex rounded-md border bg-card p-0.5">
            <legend className="sr-only">Calendar view</legend>
            {CALENDAR_VIEWS.map((v) => (
              <button
                type="button"
                key={v}
                aria-pressed={view === v}
                onClick={() => go({ view: v })}
                className={cn(
                  'rounded px-3 py-1 text-sm capitalize text-muted-foreground',
                  view === v && 'bg-accent font-medium text-foreground',
                )}
              >
                {v}
              </button>
            ))}
          </fieldset>
          <Button
            variant="ghost"
            size="icon-sm"
            onClick={() => go({ date: stepAnchor(view, anchor, zone, -1) })}
            aria-label="Previous"
          >
            <ChevronLeft />
          </Button>
          <Button variant="secondary" size="sm" onClick={() => go({ date: undefined })}>
            Today
          </Button>
          <Button
            variant="ghost"
            size="icon-sm"
            onClick={() => go({ date: stepAnchor(view, anchor, zone, 1) })}
            aria-label="Next"
          >
            <ChevronRight />
          </Button>
          <h2 className="ml-1 text-sm font-semibold" aria-live="polite">
            {viewTitle(view, anchor, zone)}
          </h2>
          {move.isPending && <span className="text-xs text-muted-foreground">Moving…</span>}
        </div>
        {interviews.isPending ? (
          <ListSkeleton rows={6} />
        ) : interviews.isError ? (
          <ErrorState error={interviews.error} onRetry={() => void interviews.refetch()} />
        ) : (
          <Card className="overflow-hidden">
            {interviews.data.length === 0 && (
              <div className="border-b">
                <EmptyState
                  icon={CalendarDays}
                  title="No calls in this period"
                  description="Calls you schedule from a campaign's shortlist show up here."
                />
              </div>
            )}
            <Suspense fallback={<ListSkeleton rows={6} className="p-4" />}>
              {view === 'month' ? (
                <MonthGrid
                  days={days}
                  month={anchor.slice(0, 7)}
                  interviews={interviews.data}
                  zone={zone}
                  agenda={phone}
                />
              ) : (
                <HourGrid
                  days={days}
                  interviews={interviews.data}
                  zone={zone}
                  onMove={(i, start) => move.mutate({ id: i.id, scheduledAt: start })}
                />
              )}
            </Suspense>
          </Card>
        )}
      </div>
    </>
  );
}
