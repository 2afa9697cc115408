import { Link } from '@tanstack/react-router';
import { CalendarClock } from 'lucide-react';
import { Card, CardBody, CardHeader } from '../../components/ui/card';
import { formatInZone, zoneAbbreviation } from '../../lib/format';
import type { DashboardSummary } from './dashboard-page';

export function UpcomingInterviews({
  interviews,
}: {
  interviews: DashboardSummary['upcomingInterviews'];
}) {
  return (
    <Card>
      <CardHeader title="Upcoming interviews" />
      <CardBody>
        {interviews.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            Nothing booked. Shortlist experts in a campaign and schedule calls with them.
          </p>
        ) : (
          <ul className="grid gap-3">
            {interviews.map((i) => (
              <li key={i.id} className="flex gap-3">
                <CalendarClock className="mt-0.5 size-4 shrink-0 text-primary" aria-hidden />
                <div className="min-w-0 text-sm">
                  <Link
                    to="/campaigns/$campaignId"
                    params={{ campaignId: i.campaignId }}
                    search={{ tab: 'interviews' }}
                    className="font-medium hover:underline"
                  >
                    {i.expertName}
                  </Link>
                  <div className="truncate text-xs text-muted-foreground">
                    {formatInZone(i.scheduledAt, i.timezone)}{' '}
                    {zoneAbbreviation(i.scheduledAt, i.timezone)} · {i.campaignName}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
