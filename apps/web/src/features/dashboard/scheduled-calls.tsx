import { CalendarClock, CircleAlert } from 'lucide-react';
import { Card, CardBody, CardHeader } from '../../components/ui/card';
import { plural } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { CampaignLink } from '../campaign/campaign-link';
import { CallWhen } from '../interviews/call-when';
import type { DashboardSummary } from './dashboard-summary';

type Call = DashboardSummary['upcomingInterviews'][number];

/** Calls to complete first, then the ones ahead; never "nothing booked" while calls are counted. */
export function ScheduledCalls({
  upcoming,
  overdue,
  scheduledCount,
}: {
  upcoming: Call[];
  overdue: Call[];
  scheduledCount: number;
}) {
  const now = useNow();
  const ahead = upcoming.filter((c) => !overdue.some((o) => o.id === c.id));
  return (
    <Card className="min-w-0">
      <CardHeader title="Scheduled calls" />
      <CardBody className="grid gap-4">
        {overdue.length > 0 && (
          <section aria-label="Calls to complete" className="grid gap-3">
            <p className="flex items-center gap-1.5 text-xs font-medium text-warning">
              <CircleAlert className="size-3.5" aria-hidden />
              {plural(overdue.length, 'call')} past {overdue.length === 1 ? 'its' : 'their'} time:
              complete or cancel
            </p>
            <CallList calls={overdue} now={now} />
          </section>
        )}
        {ahead.length > 0 ? (
          <CallList calls={ahead} now={now} />
        ) : overdue.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            {scheduledCount > 0
              ? `${plural(scheduledCount, 'call')} scheduled, none ahead: open the campaign to complete or cancel ${scheduledCount === 1 ? 'it' : 'them'}.`
              : 'Nothing booked. Shortlist experts in a campaign and schedule calls with them.'}
          </p>
        ) : (
          <p className="text-sm text-muted-foreground">No calls ahead.</p>
        )}
      </CardBody>
    </Card>
  );
}

function CallList({ calls, now }: { calls: Call[]; now: Date }) {
  return (
    <ul className="grid gap-3">
      {calls.map((i) => (
        <li key={i.id} className="flex min-w-0 gap-3">
          <CalendarClock className="mt-0.5 size-4 shrink-0 text-primary" aria-hidden />
          <div className="min-w-0 text-sm">
            <CampaignLink
              campaignId={i.campaignId}
              search={{ tab: 'interviews' }}
              className="font-medium hover:underline"
            >
              {i.expertName}
            </CampaignLink>
            <div className="truncate text-xs text-muted-foreground" title={i.campaignName}>
              {i.campaignName}
            </div>
            <div className="text-xs">
              <CallWhen call={i} now={now} duration={false} />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
