import { AWAITING_REVIEW_COUNT_LIMIT } from '@expert-network/contract/limits';
import { UserSearch as Icon } from 'lucide-react';
import { Badge } from '../../components/ui/badge';
import { Card, CardBody, CardHeader } from '../../components/ui/card';
import { CampaignLink } from '../campaign/campaign-link';
import type { DashboardSummary } from './dashboard-summary';

export function AwaitingReview({ awaiting }: { awaiting: DashboardSummary['awaitingReview'] }) {
  return (
    <Card>
      <CardHeader
        title="Experts awaiting review"
        action={
          awaiting.count > 0 ? (
            <Badge tone="primary">
              {awaiting.count >= AWAITING_REVIEW_COUNT_LIMIT
                ? `${AWAITING_REVIEW_COUNT_LIMIT.toLocaleString('en-US')}+`
                : awaiting.count}{' '}
              new
            </Badge>
          ) : undefined
        }
      />
      <CardBody>
        {awaiting.experts.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            You are up to date. New proposals from vendors show up here.
          </p>
        ) : (
          <ul className="grid gap-3">
            {awaiting.experts.map((e) => (
              <li key={e.id} className="flex min-w-0 gap-3">
                <Icon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
                <div className="min-w-0 text-sm">
                  <CampaignLink
                    campaignId={e.campaignId}
                    search={{ tab: 'experts', expert: e.id }}
                    className="font-medium hover:underline"
                  >
                    {e.name}
                  </CampaignLink>
                  <div className="truncate text-xs text-muted-foreground">
                    {[e.title, e.company].filter(Boolean).join(', ')} · {e.campaignName}
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
