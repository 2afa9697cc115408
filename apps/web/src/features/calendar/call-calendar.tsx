import { MAX_CALL_MINUTES } from '@expert-network/contract/limits';
import { currentZoneName } from '@expert-network/contract/rules';
import { CalendarDays } from 'lucide-react';
import { lazy, Suspense } from 'react';
import { Card } from '../../components/ui/card';
import { ListSkeleton } from '../../components/ui/skeleton';
import { EmptyState, ErrorState } from '../../components/ui/states';
import { atLeast, BREAKPOINTS } from '../../lib/breakpoints';
import { browserTimeZone } from '../../lib/format';
import { useMediaQuery } from '../../lib/use-media-query';
import { useInterviews } from '../interviews/use-interviews';
import { usePreferences } from '../preferences/use-preferences';
import { viewRange, visibleDays } from './calendar-range';
import type { CalendarView } from './calendar-views';
import { useMoveCall } from './use-move-call';

// The grids (drag and drop, zone arithmetic) load beside the page's frame, which paints first.
const HourGrid = lazy(() => import('./hour-grid').then((m) => ({ default: m.HourGrid })));
const MonthGrid = lazy(() => import('./month-grid').then((m) => ({ default: m.MonthGrid })));

/** The zone calendars show times in: the user's preference, else the browser's. */
export function useCalendarZone() {
  const { data: prefs } = usePreferences();
  return currentZoneName(prefs?.timezone ?? browserTimeZone());
}

/** Whether the screen is a phone's: seven hour columns do not fit 390 px, so it opens on a day. */
export const usePhoneCalendar = () => !useMediaQuery(atLeast(BREAKPOINTS.drawer));

/**
 * The calls of one period (of one campaign, or of all) as an hour grid (day,
 * week) or a month, in `zone`; a booked call drags to another time.
 */
export function CallCalendar({
  view,
  anchor,
  zone,
  campaignId,
  emptyHint,
}: {
  view: CalendarView;
  /** A day of the period, YYYY-MM-DD in `zone`. */
  anchor: string;
  zone: string;
  campaignId?: string | undefined;
  emptyHint: string;
}) {
  const phone = usePhoneCalendar();
  const range = viewRange(view, anchor, zone);
  // An hour grid also draws the end of a call that began before its first midnight.
  const from =
    view === 'month' ? range.from : new Date(range.from.getTime() - MAX_CALL_MINUTES * 60_000);
  const interviews = useInterviews({ from, to: range.to, ...(campaignId ? { campaignId } : {}) });
  const move = useMoveCall();
  if (interviews.isPending) return <ListSkeleton rows={6} />;
  if (interviews.isError) {
    return <ErrorState error={interviews.error} onRetry={() => void interviews.refetch()} />;
  }
  const days = visibleDays(view, anchor, zone);
  const shown = interviews.data.filter(
    (i) => i.scheduledAt.getTime() + i.durationMinutes * 60_000 > range.from.getTime(),
  );
  return (
    <Card className="relative overflow-hidden">
      {move.isPending && (
        <span className="absolute top-1 right-2 z-10 rounded bg-card px-1.5 text-xs text-muted-foreground">
          Moving…
        </span>
      )}
      {shown.length === 0 && (
        <div className="border-b">
          <EmptyState icon={CalendarDays} title="No calls in this period" description={emptyHint} />
        </div>
      )}
      <Suspense fallback={<ListSkeleton rows={6} className="p-4" />}>
        {view === 'month' ? (
          <MonthGrid
            days={days}
            month={anchor.slice(0, 7)}
            interviews={shown}
            zone={zone}
            agenda={phone}
          />
        ) : (
          <HourGrid
            days={days}
            interviews={shown}
            zone={zone}
            onMove={(i, start) => move.mutate({ id: i.id, scheduledAt: start })}
          />
        )}
      </Suspense>
    </Card>
  );
}
