import { useDraggable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { type CSSProperties, useRef } from 'react';
import { Popover, PopoverContent, PopoverTrigger } from '../../components/ui/popover';
import { cn } from '../../lib/cn';
import { formatInZone, formatTimeInZone } from '../../lib/format';
import { INTERVIEW_STATUS } from '../../lib/statuses';
import { isOverdue } from '../interviews/call-time';
import { InterviewSummary } from '../interviews/interview-actions';
import type { Interview } from '../interviews/use-interviews';

const TONE = {
  scheduled: 'border-primary/60 bg-primary/15',
  completed: 'border-success/50 bg-success/15',
  cancelled: 'border-border bg-muted line-through opacity-70',
  no_show: 'border-destructive/50 bg-destructive/15',
} as const;

/**
 * A call on the calendar: opens its summary and actions; in an hour grid a
 * booked call that has not started can be dragged to another time.
 */
export function CalendarEvent({
  interview: i,
  zone,
  now,
  draggable = false,
  style,
  className,
}: {
  interview: Interview;
  zone: string;
  now: Date;
  draggable?: boolean;
  style?: CSSProperties;
  className?: string;
}) {
  const movable = draggable && i.status === 'scheduled' && i.scheduledAt > now;
  // The part of a call carried over past midnight is drawn again, under an id of its own.
  const drag = useDraggable({
    id: draggable ? i.id : `${i.id}:fixed`,
    data: { interview: i },
    disabled: !movable,
  });
  const overdue = isOverdue(i, now);
  // A drag ends with a click on the call; that click must not open it.
  const pressedAt = useRef<{ x: number; y: number } | null>(null);
  return (
    <Popover>
      <PopoverTrigger
        ref={drag.setNodeRef}
        {...(movable ? drag.listeners : {})}
        {...(movable ? drag.attributes : {})}
        data-call={i.id}
        onPointerDownCapture={(e) => {
          pressedAt.current = { x: e.clientX, y: e.clientY };
        }}
        onClick={(e) => {
          const from = pressedAt.current;
          if (from && Math.hypot(e.clientX - from.x, e.clientY - from.y) > 5) e.preventDefault();
        }}
        style={{
          ...style,
          transform: CSS.Translate.toString(drag.transform),
          zIndex: drag.isDragging ? 20 : style?.zIndex,
        }}
        className={cn(
          'overflow-hidden rounded border-l-2 px-1.5 py-0.5 text-left text-xs leading-tight',
          TONE[i.status],
          overdue && 'border-warning bg-warning/15',
          movable && 'cursor-grab touch-none active:cursor-grabbing',
          drag.isDragging && 'shadow-lg ring-2 ring-primary',
          className,
        )}
        aria-label={`${i.expertName}, ${i.campaignName}, ${formatInZone(i.scheduledAt, zone)}, ${overdue ? 'overdue' : INTERVIEW_STATUS[i.status].label}${movable ? ', drag to move' : ''}`}
      >
        <span className="font-medium tabular-nums">{formatTimeInZone(i.scheduledAt, zone)}</span>{' '}
        <span className="font-medium">{i.expertName}</span>
        <span className="block truncate text-muted-foreground">{i.campaignName}</span>
      </PopoverTrigger>
      <PopoverContent>
        <InterviewSummary interview={i} />
      </PopoverContent>
    </Popover>
  );
}
