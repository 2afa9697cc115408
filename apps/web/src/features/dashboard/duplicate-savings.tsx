import { useQuery } from '@tanstack/react-query';
import { Copy as Icon } from 'lucide-react';
import { Card, CardBody, CardHeader } from '../../components/ui/card';
import { Skeleton } from '../../components/ui/skeleton';
import { ErrorState } from '../../components/ui/states';
import { formatMoney } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';

/** Duplicate offers caught (one person from several networks) and the spend they avoided. */
export function DuplicateSavings({ campaignId }: { campaignId?: string }) {
  const trpc = useTRPC();
  const savings = useQuery(
    trpc.person.savings.queryOptions(campaignId ? { campaignId } : undefined),
  );
  return (
    <Card data-testid="duplicate-savings">
      <CardHeader title="Duplicate offers caught" />
      <CardBody>
        {savings.isPending ? (
          <Skeleton className="h-12" />
        ) : savings.isError ? (
          <ErrorState error={savings.error} onRetry={() => void savings.refetch()} />
        ) : savings.data.duplicateOffersCaught === 0 ? (
          <p className="text-sm text-muted-foreground">
            No duplicates yet. When two networks offer the same person, they are grouped here.
          </p>
        ) : (
          <div className="flex items-start gap-3 text-sm">
            <Icon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
            <p>
              <span className="font-semibold tabular-nums">
                {savings.data.duplicateOffersCaught}
              </span>{' '}
              duplicate offer{savings.data.duplicateOffersCaught === 1 ? '' : 's'} of{' '}
              {savings.data.peopleWithSeveralOffers} people;{' '}
              <span className="font-semibold tabular-nums">
                {formatMoney(savings.data.spendAvoidedCents, savings.data.currency)}
              </span>{' '}
              avoided on calls booked through the cheaper network.
            </p>
          </div>
        )}
      </CardBody>
    </Card>
  );
}
