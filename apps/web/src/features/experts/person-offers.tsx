import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Split } from 'lucide-react';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { ListSkeleton } from '../../components/ui/skeleton';
import { ErrorState } from '../../components/ui/states';
import { formatMoney } from '../../lib/format';
import { INTERVIEW_STATUS } from '../../lib/statuses';
import { useTRPC } from '../../lib/trpc';

/**
 * The person behind an expert: every network's offer of them in this
 * campaign (rate, the cheapest marked, duplicates of a booked one, answers
 * that differ), a way to split a wrong match, and earlier campaigns with them.
 */
const route = getRouteApi('/app/campaigns/$campaignId');

export function PersonOffers({ expertId }: { expertId: string }) {
  const trpc = useTRPC();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const person = useQuery(trpc.person.ofExpert.queryOptions({ expertId }));
  const split = useMutation(
    trpc.person.split.mutationOptions({
      // A split person is two rows in the list again.
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.person.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.expert.pathKey() }),
        ]),
    }),
  );
  if (person.isPending) return <ListSkeleton rows={2} />;
  if (person.isError) {
    return <ErrorState error={person.error} onRetry={() => void person.refetch()} />;
  }
  const { offers, earlier, differingQuestions } = person.data;
  return (
    <>
      {offers.length > 1 && (
        <section className="grid gap-2 border-t pt-4" data-testid="person-offers">
          <h3 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
            Also offered by {offers.length - 1} other network{offers.length > 2 ? 's' : ''}
          </h3>
          <ul className="grid gap-2">
            {offers.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center gap-2 text-sm">
                <span className="min-w-0 font-medium">{o.vendorName ?? 'Added by hand'}</span>
                <span className="tabular-nums">{formatMoney(o.callRateCents, o.currency)} / h</span>
                {o.cheapest && <Badge tone="success">Cheapest</Badge>}
                {o.duplicate && <Badge tone="warning">Duplicate: booked elsewhere</Badge>}
                {o.id === expertId ? (
                  <span className="text-xs text-muted-foreground">(this offer)</span>
                ) : (
                  // The list shows the person once: here each other offer opens in its own right.
                  <button
                    type="button"
                    className="min-w-0 truncate text-xs text-primary underline-offset-2 hover:underline"
                    aria-label={`Open ${o.vendorName ?? 'the hand-added'} offer (as “${o.name}”)`}
                    onClick={() => void navigate({ search: (s) => ({ ...s, expert: o.id }) })}
                  >
                    as “{o.name}”
                  </button>
                )}
              </li>
            ))}
          </ul>
          {differingQuestions.length > 0 && (
            <p className="text-xs text-muted-foreground">
              Answers differ on: {differingQuestions.map((q) => q.questionText).join(' · ')}
            </p>
          )}
          <div>
            <Button
              variant="ghost"
              size="sm"
              disabled={split.isPending}
              onClick={() => split.mutate({ expertId })}
            >
              <Split /> Not the same person
            </Button>
          </div>
        </section>
      )}
      {earlier.length > 0 && (
        <section className="grid gap-2 border-t pt-4" data-testid="spoken-before">
          <h3 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
            Spoken before
          </h3>
          <ul className="grid gap-2">
            {earlier.map((e) => (
              <li key={e.id} className="grid gap-0.5 text-sm">
                <span className="font-medium">{e.campaignName}</span>
                <span className="text-xs text-muted-foreground">
                  {[
                    e.vendorName,
                    e.rating == null ? null : `rated ${e.rating.toFixed(1)}`,
                    `paid ${formatMoney(e.paidCents, e.currency)}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                {e.calls.map((c) => (
                  <span key={c.id} className="text-xs">
                    {INTERVIEW_STATUS[c.status].label}, {c.scheduledAt.toLocaleDateString()}
                    {c.rating == null ? '' : `, call rated ${c.rating}/5`}
                    {c.notes ? `: ${c.notes}` : ''}
                  </span>
                ))}
                {e.notes && <span className="text-xs">{e.notes}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
