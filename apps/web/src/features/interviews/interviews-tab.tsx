import { createColumnHelper } from '@tanstack/react-table';
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
import { DataTable } from '../../components/ui/data-table';
import { Popover, PopoverContent, PopoverTrigger } from '../../components/ui/popover';
import { ListSkeleton } from '../../components/ui/skeleton';
import { EmptyState, ErrorState } from '../../components/ui/states';
import { atLeast, BREAKPOINTS } from '../../lib/breakpoints';
import { cn } from '../../lib/cn';
import { browserTimeZone, formatInZone } from '../../lib/format';
import { INTERVIEW_STATUS } from '../../lib/statuses';
import { useMediaQuery } from '../../lib/use-media-query';
import { useNow } from '../../lib/use-now';
import { CampaignLink } from '../campaign/campaign-link';
import type { Campaign } from '../campaign/use-campaign';
import { ComplianceBadge } from '../compliance/compliance-badge';
import { usePreferences, useUpdatePreferences } from '../preferences/use-preferences';
import { isOverdue } from './call-time';
import { CallWhen } from './call-when';
import { CallCost, InterviewActions, InterviewSummary } from './interview-actions';
import { InterviewCards } from './interview-cards';
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
        <CampaignLink
          campaignId={campaign.id}
          search={{ tab: 'experts', status: 'shortlisted' }}
          className={cn(buttonVariants({ variant: 'secondary', size: 'sm' }), 'ml-auto')}
        >
          Schedule from the shortlist
        </CampaignLink>
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
  // A phone lists the days one under another (a month: only its days with calls).
  const agenda = !useMediaQuery(atLeast(BREAKPOINTS.drawer));
  const allDays = eachDayOfInterval(
    view === 'week'
      ? { start: startOfWeek(anchor, weekOpts), end: endOfWeek(anchor, weekOpts) }
      : {
          start: startOfWeek(startOfMonth(anchor), weekOpts),
          end: endOfWeek(endOfMonth(anchor), weekOpts),
        },
  );
  const days =
    agenda && view === 'month'
      ? allDays.filter(
          (d) => isSameMonth(d, anchor) && interviews.some((i) => isSameDay(i.scheduledAt, d)),
        )
      : allDays;
  return (
    <Card className="overflow-hidden">
      <p className="border-b px-3 py-1.5 text-xs text-muted-foreground">
        Times in your time zone ({browserTimeZone().replaceAll('_', ' ')}); open a call for its own.
      </p>
      {!agenda && (
        <div className="grid grid-cols-7 border-b bg-muted/40 text-xs font-medium text-muted-foreground">
          {days.slice(0, 7).map((d) => (
            <div key={d.toISOString()} className="px-2 py-1.5">
              {format(d, 'EEE')}
            </div>
          ))}
        </div>
      )}
      {agenda && days.length === 0 && (
        <p className="p-4 text-sm text-muted-foreground">No calls this month.</p>
      )}
      <div className={agenda ? 'grid' : 'grid grid-cols-7'}>
        {days.map((day) => {
          const calls = interviews.filter((i) => isSameDay(i.scheduledAt, day));
          return (
            <div
              key={day.toISOString()}
              className={cn(
                agenda
                  ? 'grid grid-cols-[4.5rem_1fr] items-start gap-2 border-b p-2 last:border-b-0'
                  : 'border-r border-b p-1.5 [&:nth-child(7n)]:border-r-0',
                !agenda && (view === 'week' ? 'min-h-64' : 'min-h-24'),
                view === 'month' &&
                  !isSameMonth(day, anchor) &&
                  'bg-muted/30 text-muted-foreground',
              )}
            >
              <div
                className={cn(
                  'mb-1 grid h-6 min-w-6 place-items-center justify-self-start rounded-full px-1 text-xs',
                  isToday(day) && 'bg-primary font-semibold text-primary-foreground',
                )}
              >
                {format(day, agenda ? 'EEE d' : 'd')}
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
        className={cn('w-full rounded border-l-2 px-1.5 py-1 text-left text-xs break-words', tone)}
        aria-label={`${i.expertName}, ${formatInZone(i.scheduledAt, i.timezone)}, ${overdue ? 'overdue' : INTERVIEW_STATUS[i.status].label}`}
      >
        <span className="font-medium tabular-nums">{format(i.scheduledAt, 'HH:mm')}</span>{' '}
        <span className="hyphens-auto">{i.expertName}</span>
      </PopoverTrigger>
      <PopoverContent>
        <InterviewSummary interview={i} />
      </PopoverContent>
    </Popover>
  );
}

const column = createColumnHelper<Interview>();

/** When a call is, against a clock of its own (what has started changes with time). */
function CallWhenNow({ call }: { call: Interview }) {
  return <CallWhen call={call} now={useNow()} />;
}

/**
 * Columns of the list. One constant: cells rendered from new column objects would
 * be new component types, remounted on every render (closing a dialog open in a row).
 */
const LIST_COLUMNS = [
  column.accessor('scheduledAt', {
    header: "When (call's time zone)",
    meta: { className: 'whitespace-nowrap' },
    cell: ({ row }) => <CallWhenNow call={row.original} />,
  }),
  column.accessor('expertName', {
    header: 'Expert',
    meta: { wrap: true },
    cell: ({ row: { original: i } }) => (
      <>
        <div className="flex flex-wrap items-center gap-1.5 font-medium">
          {i.expertName}
          {i.status === 'scheduled' && i.expertComplianceStatus === 'blocked' && (
            <ComplianceBadge status="blocked" />
          )}
        </div>
        <div className="text-xs text-muted-foreground">{i.vendorName ?? 'Added by hand'}</div>
      </>
    ),
  }),
  column.accessor('teamMemberName', {
    header: 'Interviewer',
    meta: { className: 'whitespace-nowrap' },
    cell: ({ getValue }) => getValue() ?? '—',
  }),
  column.accessor('status', {
    header: 'Status',
    cell: ({ getValue }) => (
      <Badge tone={INTERVIEW_STATUS[getValue()].tone}>{INTERVIEW_STATUS[getValue()].label}</Badge>
    ),
  }),
  column.accessor('costCents', {
    header: 'Cost',
    meta: { className: 'tabular-nums' },
    cell: ({ row }) => <CallCost interview={row.original} />,
  }),
  column.display({
    id: 'actions',
    header: 'Actions',
    meta: { wrap: true, className: 'min-w-64' },
    cell: ({ row: { original: i } }) =>
      i.status === 'scheduled' ? <InterviewActions interview={i} /> : null,
  }),
];

function InterviewList({ interviews }: { interviews: Interview[] }) {
  // Phones get a card per call; wider screens a table whose actions stay in view.
  const wide = useMediaQuery(atLeast(BREAKPOINTS.drawer));
  if (!wide) return <InterviewCards interviews={interviews} />;
  return <DataTable label="Interviews" data={interviews} columns={LIST_COLUMNS} />;
}
