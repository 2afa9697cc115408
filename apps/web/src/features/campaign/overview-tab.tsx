import { createColumnHelper } from '@tanstack/react-table';
import { CalendarClock, CheckCircle2, DollarSign, Star, Users } from 'lucide-react';
import { Card, CardBody, CardHeader } from '../../components/ui/card';
import { DataTable } from '../../components/ui/data-table';
import { ProgressBar } from '../../components/ui/progress-bar';
import { ListSkeleton } from '../../components/ui/skeleton';
import { StatCard } from '../../components/ui/stat-card';
import { ErrorState } from '../../components/ui/states';
import { formatMoney, percent } from '../../lib/format';
import { BudgetBurn } from '../budgets/budget-burn';
import { DuplicateSavings } from '../dashboard/duplicate-savings';
import { useCampaignInterviews } from '../interviews/use-interviews';
import type { Campaign } from './use-campaign';

export function OverviewTab({ campaign }: { campaign: Campaign }) {
  const target = campaign.targetCalls;
  return (
    <div className="grid gap-6">
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-5">
        <StatCard
          icon={Users}
          label="Experts"
          value={campaign.expertCount}
          detail={`${campaign.newExpertCount} new · each network’s offer counted`}
        />
        <StatCard
          icon={Star}
          label="Shortlisted now"
          value={campaign.shortlistedCount}
          detail="Current status: a booked expert counts as scheduled"
        />
        <StatCard icon={CalendarClock} label="Scheduled calls" value={campaign.scheduledCalls} />
        <StatCard
          icon={CheckCircle2}
          label="Completed calls"
          value={`${campaign.completedCalls} / ${target}`}
          detail={`${percent(campaign.completedCalls, target)}% of target`}
        />
        <StatCard
          icon={DollarSign}
          label="Spent"
          value={<span data-testid="campaign-spent">{formatMoney(campaign.spendCents)}</span>}
          detail={
            <span data-testid="campaign-committed">
              {formatMoney(campaign.committedCents)} committed
            </span>
          }
        />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader
            title="Progress to target"
            description="Completed calls, with scheduled ones shaded"
          />
          <CardBody className="grid gap-3">
            <ProgressBar
              value={campaign.completedCalls}
              secondary={campaign.scheduledCalls}
              max={target}
              label="Calls against target"
              className="h-3"
            />
            <p className="text-sm text-muted-foreground">
              {target === 0
                ? 'Set an estimated number of calls to track progress.'
                : `${campaign.completedCalls} completed and ${campaign.scheduledCalls} scheduled of ${target} calls.`}
            </p>
            <div className="mt-2 border-t pt-3">
              {campaign.budgetCents === null ? (
                <p className="text-sm text-muted-foreground">
                  No budget. Edit the campaign to set one and follow its burn.
                </p>
              ) : (
                <BudgetBurn
                  name="Budget"
                  spentCents={campaign.spendCents}
                  committedCents={campaign.committedCents}
                  budgetCents={campaign.budgetCents}
                />
              )}
            </div>
            {campaign.briefDescription && (
              <div className="mt-2 border-t pt-3">
                <h3 className="text-xs font-semibold text-muted-foreground uppercase">Brief</h3>
                <p className="mt-1 text-sm whitespace-pre-line">{campaign.briefDescription}</p>
              </div>
            )}
          </CardBody>
        </Card>
        <CostByVendor campaignId={campaign.id} />
        <DuplicateSavings campaignId={campaign.id} />
      </div>
    </div>
  );
}

type VendorCost = {
  id: string;
  name: string;
  completed: number;
  scheduled: number;
  spend: number;
  committed: number;
};
const vendorCost = createColumnHelper<VendorCost>();
const vendorCostColumns = [
  vendorCost.accessor('name', { header: 'Vendor', meta: { className: 'font-medium' } }),
  vendorCost.accessor('completed', { header: 'Completed', meta: { className: 'tabular-nums' } }),
  vendorCost.accessor('scheduled', { header: 'Scheduled', meta: { className: 'tabular-nums' } }),
  vendorCost.accessor('spend', {
    header: 'Spent',
    meta: { className: 'text-right tabular-nums' },
    cell: ({ getValue }) => formatMoney(getValue()),
  }),
  vendorCost.accessor('committed', {
    header: 'Committed',
    meta: { className: 'text-right tabular-nums' },
    cell: ({ getValue }) => formatMoney(getValue()),
  }),
];

/** Spend and calls per vendor, from the campaign's interviews. */
function CostByVendor({ campaignId }: { campaignId: string }) {
  const interviews = useCampaignInterviews(campaignId);
  const rows = new Map<string, Omit<VendorCost, 'id' | 'name'>>();
  for (const i of interviews.data) {
    const name = i.vendorName ?? 'Added by hand';
    const row = rows.get(name) ?? { completed: 0, scheduled: 0, spend: 0, committed: 0 };
    if (i.status === 'completed') {
      row.completed++;
      row.spend += i.costCents ?? 0;
    }
    // A booked call is money promised: committed, not yet spent.
    if (i.status === 'scheduled') {
      row.scheduled++;
      row.committed += i.costCents ?? 0;
    }
    rows.set(name, row);
  }
  return (
    <Card>
      <CardHeader
        title="Cost by vendor"
        description="Completed calls are spent; scheduled ones are committed"
      />
      <CardBody>
        {interviews.isPending ? (
          <ListSkeleton rows={3} />
        ) : interviews.isError ? (
          <ErrorState error={interviews.error} onRetry={() => void interviews.refetch()} />
        ) : rows.size === 0 ? (
          <p className="text-sm text-muted-foreground">
            No calls yet. Costs appear once interviews are booked.
          </p>
        ) : (
          <DataTable
            label="Cost by vendor"
            framed={false}
            data={[...rows].map(([name, r]) => ({ id: name, name, ...r }))}
            columns={vendorCostColumns}
          />
        )}
      </CardBody>
    </Card>
  );
}
