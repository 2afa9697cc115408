import { createColumnHelper } from '@tanstack/react-table';
import { Card, CardHeader } from '../../components/ui/card';
import { DataTable } from '../../components/ui/data-table';
import { ProgressBar } from '../../components/ui/progress-bar';
import { formatCalendarDate, formatMoney } from '../../lib/format';
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
    header: 'Spend',
    meta: { className: 'tabular-nums' },
    cell: ({ getValue }) => formatMoney(getValue()),
  }),
  column.accessor('targetCompletionDate', {
    header: 'Due',
    meta: { className: 'text-muted-foreground' },
    cell: ({ getValue }) => formatCalendarDate(getValue()),
  }),
];

export function ActiveCampaigns({
  campaigns,
  total,
  className,
}: {
  campaigns: DashboardSummary['activeCampaigns'];
  /** How many campaigns are active: the summary lists the newest few. */
  total: number;
  className?: string;
}) {
  const description =
    total > campaigns.length
      ? `Progress to each call target: the newest ${campaigns.length} of ${total}`
      : "Progress to each campaign's call target";
  return (
    <Card className={className}>
      <CardHeader title="Active campaigns" description={description} />
      <DataTable label="Active campaigns" framed={false} data={campaigns} columns={columns} />
    </Card>
  );
}
