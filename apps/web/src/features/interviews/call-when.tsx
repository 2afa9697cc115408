import { Badge } from '../../components/ui/badge';
import {
  browserTimeZone,
  dayInZone,
  formatDayInZone,
  formatInZone,
  formatTimeInZone,
  zoneAbbreviation,
} from '../../lib/format';
import { isOverdue } from './call-time';

type Call = { scheduledAt: Date; timezone: string; durationMinutes: number; status: string };

/**
 * When a call is, in its own zone ("Wed 15 Jan 2027, 10:00 EST · 60 min"), and
 * in the viewer's when that reads differently, naming the day when it is
 * another one there. Flags a scheduled call whose time has passed.
 */
export function CallWhen({
  call,
  now,
  duration = true,
}: {
  call: Call;
  now: Date;
  duration?: boolean;
}) {
  const local = browserTimeZone();
  const at = call.scheduledAt;
  const localTime = formatTimeInZone(at, local);
  const otherDay = dayInZone(at, call.timezone) !== dayInZone(at, local);
  const differs = otherDay || localTime !== formatTimeInZone(at, call.timezone);
  return (
    <span className="inline-grid gap-0.5">
      <span>
        {formatInZone(at, call.timezone, now)}{' '}
        <span className="text-xs text-muted-foreground">
          {zoneAbbreviation(at, call.timezone)}
          {duration && ` · ${call.durationMinutes} min`}
        </span>
        {isOverdue(call, now) && (
          <Badge tone="warning" className="ml-2">
            Overdue
          </Badge>
        )}
      </span>
      {differs && (
        <span className="text-xs text-muted-foreground">
          your time {localTime}
          {otherDay && `, ${formatDayInZone(at, local)}`}
        </span>
      )}
    </span>
  );
}
