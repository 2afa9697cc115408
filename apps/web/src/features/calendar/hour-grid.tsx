import type { TZDate } from '@date-fns/tz';
import {
  DndContext,
  type DragEndEvent,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { format } from 'date-fns';
import { useEffect, useRef } from 'react';
import { cn } from '../../lib/cn';
import { useNow } from '../../lib/use-now';
import type { Interview } from '../interviews/use-interviews';
import { CalendarEvent } from './calendar-event';
import { dayKey, droppedStart, minutesIntoDay, minutesOnDay } from './calendar-range';
import { overlapLanes } from './overlap-lanes';

/** Height of one hour, in pixels: a 15-minute call is still tall enough to read. */
const HOUR_PX = 48;
const PX_PER_MINUTE = HOUR_PX / 60;
const HOURS = Array.from({ length: 24 }, (_, h) => h);
/** The shortest a call is drawn, in pixels: its name still fits. */
const MIN_EVENT_PX = 20;
/** Where the grid opens: the working day, not midnight. */
const FIRST_HOUR_SHOWN = 7;

/**
 * Days side by side with an hour scale, each call as tall as it is long, in
 * `zone`'s clock. A booked call is dragged to another day or time (15-minute
 * steps); `onMove` gets the new start.
 */
export function HourGrid({
  days,
  interviews,
  zone,
  onMove,
}: {
  days: TZDate[];
  interviews: Interview[];
  zone: string;
  onMove: (interview: Interview, start: Date) => void;
}) {
  const now = useNow();
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    scroller.current?.scrollTo({ top: FIRST_HOUR_SHOWN * HOUR_PX });
  }, []);
  // A small movement first: a click still opens the call.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const onDragEnd = ({ active, over, delta }: DragEndEvent) => {
    const interview = active.data.current?.interview as Interview | undefined;
    if (!interview || !over) return;
    const start = droppedStart(
      interview.scheduledAt,
      String(over.id),
      delta.y / PX_PER_MINUTE,
      zone,
    );
    if (start.getTime() !== interview.scheduledAt.getTime()) onMove(interview, start);
  };
  const wide = days.length > 1;
  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      <div className="overflow-x-auto">
        <div className={cn('grid', wide && 'min-w-[44rem]')}>
          <div
            className="grid border-b bg-muted/40 text-xs font-medium text-muted-foreground"
            style={{ gridTemplateColumns: `3.5rem repeat(${days.length}, minmax(0, 1fr))` }}
          >
            <div />
            {days.map((d) => (
              <div
                key={d.getTime()}
                className={cn(
                  'px-2 py-1.5',
                  dayKey(d, zone) === dayKey(now, zone) && 'text-primary',
                )}
              >
                {format(d, wide ? 'EEE d' : 'EEEE d MMMM')}
              </div>
            ))}
          </div>
          <div ref={scroller} className="max-h-[70vh] overflow-y-auto" data-testid="hour-grid">
            <div
              className="relative grid"
              style={{
                gridTemplateColumns: `3.5rem repeat(${days.length}, minmax(0, 1fr))`,
                height: 24 * HOUR_PX,
              }}
            >
              <div className="relative">
                {HOURS.map((h) => (
                  <div
                    key={h}
                    className="absolute right-2 -translate-y-1/2 text-[11px] tabular-nums text-muted-foreground"
                    style={{ top: h * HOUR_PX }}
                  >
                    {h === 0 ? '' : `${String(h).padStart(2, '0')}:00`}
                  </div>
                ))}
              </div>
              {days.map((d) => (
                <DayColumn
                  key={d.getTime()}
                  day={d}
                  zone={zone}
                  now={now}
                  calls={interviews.flatMap((interview) => {
                    const span = minutesOnDay(
                      interview.scheduledAt,
                      interview.durationMinutes,
                      d,
                      zone,
                    );
                    const carriedOver = interview.scheduledAt.getTime() < d.getTime();
                    return span ? [{ interview, ...span, carriedOver }] : [];
                  })}
                />
              ))}
            </div>
          </div>
        </div>
      </div>
    </DndContext>
  );
}

/**
 * A call's part on one day, in minutes from that day's midnight; `carriedOver`
 * when it began the day before (only the part where it starts drags).
 */
type CallOnDay = { interview: Interview; start: number; end: number; carriedOver: boolean };

/** One day of the grid: hour lines, the current time, and its calls (a drop target). */
function DayColumn({
  day,
  zone,
  now,
  calls,
}: {
  day: TZDate;
  zone: string;
  now: Date;
  calls: CallOnDay[];
}) {
  const key = dayKey(day, zone);
  const drop = useDroppable({ id: key });
  const today = dayKey(now, zone) === key;
  // Calls that overlap (an interviewer's confirmed clash) side by side, as drawn (short ones at their least height).
  const lanesById = overlapLanes(
    calls.map((c) => ({
      id: c.interview.id,
      start: c.start,
      end: Math.max(c.end, c.start + MIN_EVENT_PX / PX_PER_MINUTE),
    })),
  );
  return (
    <div
      ref={drop.setNodeRef}
      data-day={key}
      className={cn('relative border-l', drop.isOver && 'bg-primary/5')}
      style={{
        backgroundImage: `repeating-linear-gradient(to bottom, var(--color-border) 0 1px, transparent 1px ${HOUR_PX}px)`,
      }}
    >
      {today && (
        <div
          aria-hidden
          className="absolute inset-x-0 z-10 border-t-2 border-destructive"
          style={{ top: minutesIntoDay(now, zone) * PX_PER_MINUTE }}
        />
      )}
      {calls.map(({ interview, start, end, carriedOver }) => {
        const { lane, lanes } = lanesById.get(interview.id) ?? { lane: 0, lanes: 1 };
        return (
          <CalendarEvent
            key={interview.id}
            interview={interview}
            zone={zone}
            now={now}
            draggable={!carriedOver}
            className="absolute"
            style={{
              top: start * PX_PER_MINUTE,
              height: Math.max((end - start) * PX_PER_MINUTE, MIN_EVENT_PX),
              left: `calc(${(lane / lanes) * 100}% + 2px)`,
              width: `calc(${100 / lanes}% - 4px)`,
            }}
          />
        );
      })}
    </div>
  );
}
