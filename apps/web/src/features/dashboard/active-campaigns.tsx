import { Link } from '@tanstack/react-router';
import { Card, CardHeader } from '../../components/ui/card';
import { ProgressBar } from '../../components/ui/progress-bar';
import { ScrollX } from '../../components/ui/scroll-x';
import { formatCalendarDate, formatMoney } from '../../lib/format';
import type { DashboardSummary } from './dashboard-page';

export function ActiveCampaigns({
  campaigns,
  className,
}: {
  campaigns: DashboardSummary['activeCampaigns'];
  className?: string;
}) {
  return (
    <Card className={className}>
      <CardHeader title="Active campaigns" description="Progress to each campaign's call target" />
      <ScrollX label="Active campaigns" className="rounded-b-[inherit]">
        <table className="w-full text-sm">
          <thead className="border-y bg-muted/40 text-left text-xs text-muted-foreground">
            <tr>
              <th className="px-5 py-2 font-medium">Campaign</th>
              <th className="px-3 py-2 font-medium">Calls</th>
              <th className="w-1/4 px-3 py-2 font-medium">Progress</th>
              <th className="px-3 py-2 font-medium">Spend</th>
              <th className="px-5 py-2 font-medium">Due</th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {campaigns.map((c) => (
              <tr key={c.id} className="hover:bg-muted/30">
                <td className="px-5 py-2.5">
                  <Link
                    to="/campaigns/$campaignId"
                    params={{ campaignId: c.id }}
                    search={{}}
                    className="font-medium hover:underline"
                  >
                    {c.campaignName}
                  </Link>
                  <div className="text-xs text-muted-foreground">
                    {c.projectName ?? 'No project'}
                  </div>
                </td>
                <td className="px-3 py-2.5 tabular-nums">
                  {c.completedCalls} / {c.targetCalls}
                  {c.scheduledCalls > 0 && (
                    <span className="text-xs text-muted-foreground"> (+{c.scheduledCalls})</span>
                  )}
                </td>
                <td className="px-3 py-2.5">
                  <ProgressBar
                    value={c.completedCalls}
                    secondary={c.scheduledCalls}
                    max={c.targetCalls}
                    label={`${c.campaignName}: calls against target`}
                  />
                </td>
                <td className="px-3 py-2.5 tabular-nums">{formatMoney(c.spendCents)}</td>
                <td className="px-5 py-2.5 text-muted-foreground">
                  {formatCalendarDate(c.targetCompletionDate)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
    </Card>
  );
}
