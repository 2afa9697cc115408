import { zoneLabel } from '@expert-network/contract/rules';
import { createColumnHelper } from '@tanstack/react-table';
import { CalendarDays } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '../../components/ui/badge';
import { buttonVariants } from '../../components/ui/button';
import { DataTable } from '../../components/ui/data-table';
import { ListSkeleton } from '../../components/ui/skeleton';
import { EmptyState, ErrorState } from '../../components/ui/states';
import { atLeast, BREAKPOINTS } from '../../lib/breakpoints';
import { cn } from '../../lib/cn';
import { INTERVIEW_STATUS } from '../../lib/statuses';
import { useMediaQuery } from '../../lib/use-media-query';
import { useNow } from '../../lib/use-now';
import { dayKey, stepAnchor, viewTitle } from '../calendar/calendar-range';
import { CalendarToolbar } from '../calendar/calendar-toolbar';
import type { CalendarView } from '../calendar/calendar-views';
import { CallCalendar, useCalendarZone, usePhoneCalendar } from '../calendar/call-calendar';
import { CampaignLink } from '../campaign/campaign-link';
import type { Campaign } from '../campaign/use-campaign';
import { ComplianceBadge } from '../compliance/compliance-badge';
import { usePreferences, useUpdatePreferences } from '../preferences/use-preferences';
import { CallWhen } from './call-when';
import { CallCost, InterviewActions } from './interview-actions';
import { InterviewCards } from './interview-cards';
import { type Interview, useCampaignInterviews } from './use-interviews';

type TabView = CalendarView | 'list';

/** A campaign's calls: on the hour grid or month of the one calendar, or as a list. */
export function InterviewsTab({ campaign }: { campaign: Campaign }) {
  const { data: prefs } = usePreferences();
  const updatePreferences = useUpdatePreferences();
  const zone = useCalendarZone();
  // The kept "week" is the hour grid, of one day on a phone (seven columns do not fit).
  const hourView = usePhoneCalendar() ? 'day' : 'week';
  const kept = (['month', 'list'] as const).find((v) => v === prefs?.calendarView);
  const view: TabView = kept ?? hourView;
  const [date, setDate] = useState<string>();
  const anchor = date ?? dayKey(new Date(), zone);
  return (
    <div className="grid gap-4">
      <CalendarToolbar
        views={[hourView, 'month', 'list'] as const}
        view={view}
        onView={(v) => updatePreferences.mutate({ calendarView: v === 'day' ? 'week' : v })}
        nav={
          view === 'list'
            ? undefined
            : {
                title: viewTitle(view, anchor, zone),
                onStep: (by) => setDate(stepAnchor(view, anchor, zone, by)),
                onToday: () => setDate(undefined),
              }
        }
      >
        <CampaignLink
          campaignId={campaign.id}
          search={{ tab: 'experts', status: 'shortlisted' }}
          className={cn(buttonVariants({ variant: 'secondary', size: 'sm' }), 'ml-auto')}
        >
          Schedule from the shortlist
        </CampaignLink>
      </CalendarToolbar>
      {view === 'list' ? (
        <InterviewList campaignId={campaign.id} />
      ) : (
        <>
          <p className="-mb-2 text-xs text-muted-foreground">
            Times in {zoneLabel(zone)} time ({zone}); open a call for its own.
          </p>
          <CallCalendar
            view={view}
            anchor={anchor}
            zone={zone}
            campaignId={campaign.id}
            emptyHint="Open a shortlisted expert and schedule a call; it shows up here."
          />
        </>
      )}
    </div>
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

function InterviewList({ campaignId }: { campaignId: string }) {
  const interviews = useCampaignInterviews(campaignId);
  // Phones get a card per call; wider screens a table whose actions stay in view.
  const wide = useMediaQuery(atLeast(BREAKPOINTS.drawer));
  if (interviews.isPending) return <ListSkeleton rows={5} />;
  if (interviews.isError) {
    return <ErrorState error={interviews.error} onRetry={() => void interviews.refetch()} />;
  }
  if (interviews.data.length === 0) {
    return (
      <EmptyState
        icon={CalendarDays}
        title="No interviews yet"
        description="Open a shortlisted expert and schedule a call; it shows up here."
      />
    );
  }
  if (!wide) return <InterviewCards interviews={interviews.data} />;
  return <DataTable label="Interviews" data={interviews.data} columns={LIST_COLUMNS} />;
}
