import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { CalendarClock, CheckCircle2, DollarSign, Megaphone, Plus } from 'lucide-react';
import { lazy, Suspense } from 'react';
import { buttonVariants } from '../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../components/ui/card';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { StatCard } from '../../components/ui/stat-card';
import { EmptyState, ErrorState } from '../../components/ui/states';
import { formatMoney, percent, plural } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import { useNow } from '../../lib/use-now';
import type { DashboardSummary } from './dashboard-summary';
import { usePastScheduledCalls } from './use-past-scheduled-calls';

// recharts is large: it loads after the page, behind a skeleton.
const CallsChart = lazy(() =>
  import('./dashboard-charts').then((m) => ({ default: m.CallsChart })),
);
const SpendChart = lazy(() =>
  import('./dashboard-charts').then((m) => ({ default: m.SpendChart })),
);
// So is the table library (the first paint stays under the bundle budget).
// The lists below the cards load after first paint, like the charts.
const ScheduledCalls = lazy(() =>
  import('./scheduled-calls').then((m) => ({ default: m.ScheduledCalls })),
);
const AwaitingReview = lazy(() =>
  import('./awaiting-review').then((m) => ({ default: m.AwaitingReview })),
);
const DuplicateSavings = lazy(() =>
  import('./duplicate-savings').then((m) => ({ default: m.DuplicateSavings })),
);
const ActiveCampaigns = lazy(() =>
  import('./active-campaigns').then((m) => ({ default: m.ActiveCampaigns })),
);

export function DashboardPage() {
  const trpc = useTRPC();
  const summary = useQuery(trpc.dashboard.summary.queryOptions());
  return (
    <>
      <PageHeader
        title="Dashboard"
        description="Calls, spend and what needs your attention across active campaigns."
        actions={
          <Link to="/campaigns/new" search={{}} className={buttonVariants()}>
            <Plus /> New campaign
          </Link>
        }
      />
      <div className="grid gap-6 p-4 sm:p-6 lg:p-8">
        {summary.isPending ? (
          <DashboardSkeleton />
        ) : summary.isError ? (
          <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
        ) : (
          <DashboardBody summary={summary.data} />
        )}
      </div>
    </>
  );
}

function DashboardBody({ summary }: { summary: DashboardSummary }) {
  const { calls } = summary;
  const now = useNow();
  const overdue = usePastScheduledCalls(now).data;
  if (summary.activeCampaigns.length === 0 && calls.completed === 0) {
    return (
      <EmptyState
        icon={Megaphone}
        title="No active campaigns yet"
        description="Create a campaign: describe what you need, write screening questions and pick the networks that will propose experts."
        action={
          <Link to="/campaigns/new" search={{}} className={buttonVariants()}>
            <Plus /> New campaign
          </Link>
        }
      />
    );
  }
  return (
    <>
      <div className="grid grid-cols-2 gap-4 xl:grid-cols-4 [&>*]:min-w-0">
        <StatCard
          icon={Megaphone}
          label="Active campaigns"
          value={summary.campaignsByStatus.active}
          detail={`${summary.campaignsByStatus.paused} paused · ${summary.campaignsByStatus.completed} completed`}
        />
        <StatCard
          icon={CheckCircle2}
          label="Calls completed"
          value={
            <span data-testid="calls-completed">
              {calls.completed}
              <span className="text-base font-normal text-muted-foreground"> / {calls.target}</span>
            </span>
          }
          detail={`${percent(calls.completed, calls.target)}% of target`}
        />
        <StatCard
          icon={CalendarClock}
          label="Calls scheduled"
          value={calls.scheduled}
          detail={
            overdue.length
              ? `${plural(overdue.length, 'call')} past ${overdue.length === 1 ? 'its' : 'their'} time`
              : 'In active campaigns'
          }
        />
        <StatCard
          icon={DollarSign}
          label="Spent"
          value={<span data-testid="total-spend">{formatMoney(summary.totalSpendCents)}</span>}
          detail={
            <span data-testid="total-committed">
              {formatMoney(summary.totalCommittedCents)} committed
            </span>
          }
        />
      </div>
      <div className="grid gap-6 xl:grid-cols-2 [&>*]:min-w-0">
        <Card>
          <CardHeader
            title="Calls against target"
            description="Completed and scheduled, per active campaign"
          />
          <CardBody>
            <Suspense fallback={<Skeleton className="h-64" />}>
              <CallsChart campaigns={summary.activeCampaigns} />
            </Suspense>
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            title="Cost by vendor"
            description="Spent (completed calls), then committed (scheduled)"
          />
          <CardBody>
            <Suspense fallback={<Skeleton className="h-64" />}>
              <SpendChart vendors={summary.spendByVendor} />
            </Suspense>
          </CardBody>
        </Card>
      </div>
      <div className="grid gap-6 xl:grid-cols-3 [&>*]:min-w-0">
        <Suspense fallback={<Skeleton className="h-48 xl:col-span-2" />}>
          <ActiveCampaigns
            campaigns={summary.activeCampaigns}
            total={summary.campaignsByStatus.active}
            projectBudgets={summary.projectBudgets}
            className="self-start xl:col-span-2"
          />
        </Suspense>
        <div className="grid content-start gap-6 [&>*]:min-w-0">
          <Suspense fallback={<Skeleton className="h-48" />}>
            <ScheduledCalls
              upcoming={summary.upcomingInterviews}
              overdue={overdue}
              scheduledCount={calls.scheduled}
            />
            <AwaitingReview awaiting={summary.awaitingReview} />
            <DuplicateSavings />
          </Suspense>
        </div>
      </div>
    </>
  );
}

function DashboardSkeleton() {
  return (
    <div className="grid gap-6" role="status" aria-busy="true" aria-label="Loading dashboard">
      <div className="grid grid-cols-2 gap-4 xl:grid-cols-4">
        {['a', 'b', 'c', 'd'].map((k) => (
          <Skeleton key={k} className="h-28" />
        ))}
      </div>
      <div className="grid gap-6 xl:grid-cols-2">
        <Skeleton className="h-80" />
        <Skeleton className="h-80" />
      </div>
    </div>
  );
}
