import { useQuery } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

export type VendorWithScorecard = RouterOutputs['vendor']['scorecards'][number];
export type Scorecard = VendorWithScorecard['scorecard'];

/** Every vendor with the user's own figures for it. */
export function useVendorScorecards() {
  const trpc = useTRPC();
  return useQuery(trpc.vendor.scorecards.queryOptions());
}

export function useVendorScorecard(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.vendor.scorecard.queryOptions({ id }));
}
