import { Link } from '@tanstack/react-router';
import {
  addMonths,
  addWeeks,
  eachDayOfInterval,
  endOfMonth,
  endOfWeek,
  format,
  isSameDay,
  isSameMonth,
  isToday,
  startOfMonth,
  startOfWeek,
} from 'date-fns';
import { CalendarDays, ChevronLeft, ChevronRight } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '../../components/ui/badge';
import { Button, buttonVariants } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { Popover, PopoverContent, PopoverTrigger } from '../../components/ui/popover';
import { ListSkeleton } from '../../components/ui/skeleton';
import { EmptyState, ErrorState } from '../../components/ui/states';
import { cn } from '../../lib/cn';
import { browserTimeZone, formatInZone } from '../../lib/format';
import { INTERVIEW_STATUS } from '../../lib/statuses';
import { useNow } from '../../lib/use-now';
import type { Campaign } from '../campaign/use-campaign';
import { ComplianceBadge } from '../compliance/compliance-badge';
import { usePreferences, useUpdatePreferences } from '../preferences/use-preferences';
import { isOverdue } from './call-time';
import { CallWhen } from './call-when';
import { CallCost, InterviewActions, InterviewSummary } from './interview-actions';
import { type Interview, useCampaignInterviews } from './use-interviews';

type View = 'week' | 'month' | 'list';
const VIEWS: View[] = ['week', 'month', 'list'];
const weekOpts = { weekStartsOn: 1 } as const;

export function InterviewsTab({ campaign }: { campaign: Campaign }) {
  const interviews = useCampaignInterviews(campaign.id);
  const { data: prefs } = usePreferences();
  const updatePreferences = useUpdatePreferences();
  const view = (VIEWS.find((v) => v === prefs?.calendarView) ?? 'week') as View;
  const [anchor, setAnchor] = useState(() => new Date());

  if (interviews.isPending) return <ListSkeleton rows={5} />;
  if (interviews.isError) {
    return <ErrorState error={interviews.error} onRetry={() => void interviews.refetch()} />;
  }
  const step = (n: number) =>
    setAnchor((a) => (view === 'month' ? addMonths(a, n) : addWeeks(a, n)));
  const title =
    view === 'month'
      ? format(anchor, 'MMMM yyyy')
      : `${format(startOfWeek(anchor, weekOpts), 'd MMM')} – ${format(endOfWeek(anchor, weekOpts), 'd MMM yyyy')}`;

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <fieldset className="inline-flex rounded-md border bg-card p-0.5">
          <legend className="sr-only">Calendar view</legend>
          {VIEWS.map((v) => (
            <button
              type="button"
              key={v}
              aria-pressed={view === v}
              onClick={() => updatePreferences.mutate({ calendarView: v })}
              className={cn(
                'rounded px-3 py-1 text-sm capitalize text-muted-foreground',
                view === v && 'bg-accent font-medium text-foreground',
              )}
            >
              {v}
            </button>
          ))}
        </fieldset>
        {view !== 'list' && (
          <>
            <Button variant="ghost" size="icon-sm" onClick={() => step(-1)} aria-label="Previous">
              <ChevronLeft />
            </Button>
            <Button variant="secondary" size="sm" onClick={() => setAnchor(new Date())}>
              Today
            </Button>
            <Button variant="ghost" size="icon-sm" onClick={() => step(1)} aria-label="Next">
              <ChevronRight />
            </Button>
            <h2 className="ml-1 text-sm font-semibold">{title}</h2>
          </>
        )}
        <Link
          to="/campaigns/$campaignId"
          params={{ campaignId: campaign.id }}
          search={{ tab: 'experts', status: 'shortlisted' }}
          className={cn(buttonVariants({ variant: 'secondary', size: 'sm' }), 'ml-auto')}
        >
          Schedule from the shortlist
        </Link>
      </div>
      {interviews.data.length === 0 ? (
        <EmptyState
          icon={CalendarDays}
          title="No interviews yet"
          description="Open a shortlisted expert and schedule a call; it shows up here."
        />
      ) : view === 'list' ? (
        <InterviewList interviews={interviews.data} />
      ) : (
        <CalendarGrid interviews={interviews.data} anchor={anchor} view={view} />
      )}
    </div>
  );
}

/** Days of the week or month, each with its calls, in the viewer's local time. */
function CalendarGrid({
  interviews,
  anchor,
  view,
}: {
  interviews: Interview[];
  anchor: Date;
  view: 'week' | 'month';
}) {
  const now = useNow();
  const days = eachDayOfInterval(
    view === 'week'
      ? { start: startOfWeek(anchor, weekOpts), end: endOfWeek(anchor, weekOpts) }
      : {
          start: startOfWeek(startOfMonth(anchor), weekOpts),
          end: endOfWeek(endOfMonth(anchor), weekOpts),
        },
  );
  return (
    <Card className="overflow-hidden">
      <p className="border-b px-3 py-1.5 text-xs text-muted-foreground">
        Times in your time zone ({browserTimeZone().replaceAll('_', ' ')}); open a call for its own.
      </p>
      <div className="grid grid-cols-7 border-b bg-muted/40 text-xs font-medium text-muted-foreground">
        {days.slice(0, 7).map((d) => (
          <div key={d.toISOString()} className="px-2 py-1.5">
            {format(d, 'EEE')}
          </div>
        ))}
      </div>
      <div className="grid grid-cols-7">
        {days.map((day) => {
          const calls = interviews.filter((i) => isSameDay(i.scheduledAt, day));
          return (
            <div
              key={day.toISOString()}
              className={cn(
                'border-r border-b p-1.5 [&:nth-child(7n)]:border-r-0',
                view === 'week' ? 'min-h-64' : 'min-h-24',
                view === 'month' &&
                  !isSameMonth(day, anchor) &&
                  'bg-muted/30 text-muted-foreground',
              )}
            >
              <div
                className={cn(
                  'mb-1 grid size-6 place-items-center rounded-full text-xs',
                  isToday(day) && 'bg-primary font-semibold text-primary-foreground',
                )}
              >
                {format(day, 'd')}
              </div>
              <div className="grid gap-1">
                {calls.map((i) => (
                  <CalendarEvent key={i.id} interview={i} now={now} />
                ))}
              </div>
            </div>
          );
        })}
      </div>
    </Card>
  );
}

function CalendarEvent({ interview: i, now }: { interview: Interview; now: Date }) {
  const overdue = isOverdue(i, now);
  const tone = {
    scheduled: overdue ? 'border-warning bg-warning/10' : 'border-primary/40 bg-primary/10',
    completed: 'border-success/40 bg-success/10',
    cancelled: 'border-border bg-muted line-through opacity-70',
    no_show: 'border-destructive/40 bg-destructive/10',
  }[i.status];
  return (
    <Popover>
      <PopoverTrigger
        className={cn('w-full truncate rounded border-l-2 px-1.5 py-1 text-left text-xs', tone)}
        aria-label={`${i.expertName}, ${formatInZone(i.scheduledAt, i.timezone)}, ${overdue ? 'overdue' : INTERVIEW_STATUS[i.status].label}`}
      >
        <span className="font-medium tabular-nums">{format(i.scheduledAt, 'HH:mm')}</span>{' '}
        {i.expertName}
      </PopoverTrigger>
      <PopoverContent>
        <InterviewSummary interview={i} />
      </PopoverContent>
    </Popover>
  );
}

function InterviewList({ interviews }: { interviews: Interview[] }) {
  const now = useNow();
  return (
    <Card className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead className="border-b bg-muted/40 text-left text-xs text-muted-foreground">
          <tr>
            <th className="px-4 py-2 font-medium">When (call's time zone)</th>
            <th className="px-3 py-2 font-medium">Expert</th>
            <th className="px-3 py-2 font-medium">Interviewer</th>
            <th className="px-3 py-2 font-medium">Status</th>
            <th className="px-3 py-2 font-medium">Cost</th>
            <th className="px-4 py-2 font-medium">Actions</th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {interviews.map((i) => (
            <tr key={i.id}>
              <td className="px-4 py-3 whitespace-nowrap">
                <CallWhen call={i} now={now} />
              </td>
              <td className="px-3 py-3">
                <div className="flex flex-wrap items-center gap-1.5 font-medium">
                  {i.expertName}
                  {i.status === 'scheduled' && i.expertComplianceStatus === 'blocked' && (
                    <ComplianceBadge status="blocked" />
                  )}
                </div>
                <div className="text-xs text-muted-foreground">
                  {i.vendorName ?? 'Added by hand'}
                </div>
              </td>
              <td className="px-3 py-3 whitespace-nowrap">{i.teamMemberName ?? '—'}</td>
              <td className="px-3 py-3">
                <Badge tone={INTERVIEW_STATUS[i.status].tone}>
                  {INTERVIEW_STATUS[i.status].label}
                </Badge>
              </td>
              <td className="px-3 py-3 tabular-nums">
                <CallCost interview={i} />
              </td>
              <td className="px-4 py-3">
                {i.status === 'scheduled' ? <InterviewActions interview={i} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
