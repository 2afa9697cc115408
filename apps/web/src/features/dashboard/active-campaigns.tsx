import { createColumnHelper } from '@tanstack/react-table';
import { Card, CardHeader } from '../../components/ui/card';
import { DataTable } from '../../components/ui/data-table';
import { ProgressBar } from '../../components/ui/progress-bar';
import { cn } from '../../lib/cn';
import { formatCalendarDate, formatMoney } from '../../lib/format';
import { BudgetsCard } from '../budgets/budgets-card';
import { CampaignLink } from '../campaign/campaign-link';
import type { DashboardSummary } from './dashboard-summary';

type ActiveCampaign = DashboardSummary['activeCampaigns'][number];
const column = createColumnHelper<ActiveCampaign>();

const columns = [
  column.accessor('campaignName', {
    header: 'Campaign',
    meta: { wrap: true },
    cell: ({ row: { original: c } }) => (
      <>
        <CampaignLink campaignId={c.id} className="font-medium hover:underline">
          {c.campaignName}
        </CampaignLink>
        <div className="text-xs text-muted-foreground">{c.projectName ?? 'No project'}</div>
      </>
    ),
  }),
  column.accessor('completedCalls', {
    header: 'Calls',
    meta: { className: 'tabular-nums' },
    cell: ({ row: { original: c } }) => (
      <>
        {c.completedCalls} / {c.targetCalls}
        {c.scheduledCalls > 0 && (
          <span className="text-xs text-muted-foreground"> (+{c.scheduledCalls})</span>
        )}
      </>
    ),
  }),
  column.display({
    id: 'progress',
    header: 'Progress',
    meta: { className: 'w-1/4' },
    cell: ({ row: { original: c } }) => (
      <ProgressBar
        value={c.completedCalls}
        secondary={c.scheduledCalls}
        max={c.targetCalls}
        label={`${c.campaignName}: calls against target`}
      />
    ),
  }),
  column.accessor('spendCents', {
    header: 'Spent',
    meta: { className: 'tabular-nums' },
    cell: ({ getValue }) => formatMoney(getValue()),
  }),
  column.accessor('committedCents', {
    header: 'Committed',
    meta: { className: 'tabular-nums' },
    cell: ({ getValue }) => formatMoney(getValue()),
  }),
  column.accessor('targetCompletionDate', {
    header: 'Due',
    meta: { className: 'text-muted-foreground' },
    cell: ({ getValue }) => formatCalendarDate(getValue()),
  }),
];

/** The active campaigns' progress and money, then the budgets' burn (loaded together, after first paint). */
export function ActiveCampaigns({
  campaigns,
  total,
  projectBudgets,
  className,
}: {
  campaigns: DashboardSummary['activeCampaigns'];
  /** How many campaigns are active: the summary lists the newest few. */
  total: number;
  projectBudgets: DashboardSummary['projectBudgets'];
  className?: string;
}) {
  const description =
    total > campaigns.length
      ? `Progress to each call target: the newest ${campaigns.length} of ${total}`
      : "Progress to each campaign's call target";
  return (
    <div className={cn('grid gap-6', className)}>
      <Card>
        <CardHeader title="Active campaigns" description={description} />
        <DataTable label="Active campaigns" framed={false} data={campaigns} columns={columns} />
      </Card>
      <BudgetsCard campaigns={campaigns} projects={projectBudgets} />
    </div>
  );
}
