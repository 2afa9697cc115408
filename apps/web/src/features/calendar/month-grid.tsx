import type { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { cn } from '../../lib/cn';
import { useNow } from '../../lib/use-now';
import type { Interview } from '../interviews/use-interviews';
import { CalendarEvent } from './calendar-event';
import { dayKey } from './calendar-range';

/**
 * A month as weeks of days, each with its calls; on a phone the days with
 * calls one under another. `month` is `YYYY-MM`.
 */
export function MonthGrid({
  days,
  month,
  interviews,
  zone,
  agenda,
}: {
  days: TZDate[];
  month: string;
  interviews: Interview[];
  zone: string;
  agenda: boolean;
}) {
  const now = useNow();
  const byDay = new Map<string, Interview[]>();
  for (const i of interviews) {
    const key = dayKey(i.scheduledAt, zone);
    byDay.set(key, [...(byDay.get(key) ?? []), i]);
  }
  const today = dayKey(now, zone);
  const shown = agenda
    ? days.filter((d) => dayKey(d, zone).startsWith(month) && byDay.has(dayKey(d, zone)))
    : days;
  if (agenda && shown.length === 0) {
    return <p className="p-4 text-sm text-muted-foreground">No calls this month.</p>;
  }
  return (
    <>
      {!agenda && (
        <div className="grid grid-cols-7 border-b bg-muted/40 text-xs font-medium text-muted-foreground">
          {shown.slice(0, 7).map((d) => (
            <div key={d.getTime()} className="px-2 py-1.5">
              {format(d, 'EEE')}
            </div>
          ))}
        </div>
      )}
      <div className={agenda ? 'grid' : 'grid grid-cols-7'}>
        {shown.map((d) => {
          const key = dayKey(d, zone);
          return (
            <div
              key={key}
              data-day={key}
              className={cn(
                agenda
                  ? 'grid grid-cols-[4.5rem_1fr] items-start gap-2 border-b p-2 last:border-b-0'
                  : 'min-h-24 min-w-0 border-r border-b p-1 [&:nth-child(7n)]:border-r-0',
                !agenda && !key.startsWith(month) && 'bg-muted/30 text-muted-foreground',
              )}
            >
              <div
                className={cn(
                  'mb-1 grid h-6 min-w-6 place-items-center justify-self-start rounded-full px-1 text-xs',
                  key === today && 'bg-primary font-semibold text-primary-foreground',
                )}
              >
                {format(d, agenda ? 'EEE d' : 'd')}
              </div>
              <div className="grid min-w-0 gap-1">
                {(byDay.get(key) ?? []).map((i) => (
                  <CalendarEvent
                    key={i.id}
                    interview={i}
                    zone={zone}
                    now={now}
                    className="w-full"
                  />
                ))}
              </div>
            </div>
          );
        })}
      </div>
    </>
  );
}
