import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { Badge } from '../../components/ui/badge';
import { Checkbox } from '../../components/ui/input';
import { ListSkeleton } from '../../components/ui/skeleton';
import { ErrorState } from '../../components/ui/states';
import { cn } from '../../lib/cn';
import { formatCostRange, plural } from '../../lib/format';
import { scorecardLine } from '../vendors/scorecard-facts';
import { type Scorecard, useVendorScorecards } from '../vendors/use-vendor-scorecards';
import { filterVendors, useVendors, type VendorFilter, vendorFacets } from '../vendors/use-vendors';
import { VendorFilters } from '../vendors/vendor-filters';
import { VendorScore } from '../vendors/vendor-score';
import type { WizardValues } from './wizard-form';

export function StepVendors() {
  const { watch, setValue, formState } = useFormContext<WizardValues>();
  const vendors = useVendors();
  // The user's own history with each vendor; the step works without it while it loads.
  const scorecards = useVendorScorecards();
  const history = new Map(scorecards.data?.map((s) => [s.vendor.id, s.scorecard]));
  const [filter, setFilter] = useState<VendorFilter>({ search: '', location: '', tag: '' });
  const picked = new Set(watch('vendorPlatformIds') ?? []);
  if (vendors.isPending) return <ListSkeleton rows={6} className="mt-4" />;
  if (vendors.isError)
    return <ErrorState error={vendors.error} onRetry={() => void vendors.refetch()} />;
  const toggle = (id: string) => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setValue('vendorPlatformIds', [...next], { shouldDirty: true });
  };
  const facets = vendorFacets(vendors.data);
  const shown = filterVendors(vendors.data, filter);
  return (
    <div className="mt-1 grid gap-4">
      <p className="text-sm text-muted-foreground">
        Pick the networks to enroll. {plural(picked.size, 'vendor')} selected.
      </p>
      <VendorFilters filter={filter} onChange={setFilter} {...facets} />
      <ul className="grid gap-2 sm:grid-cols-2">
        {shown.map((v) => (
          <li key={v.id}>
            <label
              className={cn(
                'flex cursor-pointer gap-3 rounded-lg border p-3 hover:bg-accent/40',
                picked.has(v.id) && 'border-primary bg-primary/5',
              )}
            >
              <Checkbox
                className="mt-1"
                checked={picked.has(v.id)}
                onChange={() => toggle(v.id)}
                aria-label={v.name}
              />
              <span className="min-w-0 flex-1">
                <span className="flex items-center justify-between gap-2">
                  <span className="font-medium">{v.name}</span>
                  <VendorScore score={v.overallScore} />
                </span>
                <span className="block text-xs text-muted-foreground">
                  {v.location} ·{' '}
                  {formatCostRange(v.avgCostPerCallMinCents, v.avgCostPerCallMaxCents)}
                </span>
                <HistoryLine scorecard={history.get(v.id)} />
                <span className="mt-1.5 flex flex-wrap gap-1">
                  {v.tags.slice(0, 4).map((t) => (
                    <Badge key={t}>{t}</Badge>
                  ))}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {shown.length === 0 && (
        <p className="text-sm text-muted-foreground">No vendor matches these filters.</p>
      )}
      {formState.errors.vendorPlatformIds?.message && (
        <p role="alert" className="text-sm text-destructive" data-field="vendorPlatformIds">
          {formState.errors.vendorPlatformIds.message}
        </p>
      )}
    </div>
  );
}

/** What the user's own campaigns show of a vendor, in one line. */
function HistoryLine({ scorecard }: { scorecard: Scorecard | undefined }) {
  if (!scorecard) return null;
  return (
    <span className="block text-xs tabular-nums">
      <span className="text-muted-foreground">Your campaigns: </span>
      {scorecardLine(scorecard)}
    </span>
  );
}
