import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Badge } from '../../components/ui/badge';
import { DataTable } from '../../components/ui/data-table';
import { PageHeader } from '../../components/ui/page-header';
import { ListSkeleton } from '../../components/ui/skeleton';
import { SortHeader } from '../../components/ui/sort-header';
import { ErrorState } from '../../components/ui/states';
import { atLeast, BREAKPOINTS } from '../../lib/breakpoints';
import { formatCostRange, formatMoney } from '../../lib/format';
import { useMediaQuery } from '../../lib/use-media-query';
import { useColumnWidths } from '../preferences/use-column-widths';
import { formatFit, formatHourly, formatRating, formatShare, formatWait } from './scorecard-format';
import { useVendorScorecards } from './use-vendor-scorecards';
import { filterVendors, type VendorFilter, vendorFacets } from './use-vendors';
import { VendorCards } from './vendor-cards';
import { VendorFilters } from './vendor-filters';
import { VendorLink, VendorWebsite } from './vendor-links';
import { VendorScore } from './vendor-score';
import {
  nextSort,
  sortVendors,
  type VendorRow,
  type VendorSort,
  type VendorSortKey,
} from './vendor-sort';

const column = createColumnHelper<VendorRow>();

/** The directory's columns: the vendor's facts, then the user's own figures; each sorts. */
function vendorColumns(sort: VendorSort, onSort: (key: VendorSortKey) => void) {
  const header = (label: string, key: VendorSortKey) => () => (
    <SortHeader
      label={label}
      active={sort.key === key}
      order={sort.order}
      onSort={() => onSort(key)}
    />
  );
  const figure = (
    id: string,
    label: string,
    key: VendorSortKey,
    show: (v: VendorRow) => string,
    size = 110,
  ) =>
    column.display({
      id,
      header: header(label, key),
      size,
      meta: { className: 'tabular-nums' },
      cell: ({ row }) => show(row.original),
    });
  return [
    column.accessor('name', {
      header: header('Vendor', 'name'),
      size: 190,
      cell: ({ row: { original: v } }) => (
        <div className="grid min-w-0">
          <VendorLink id={v.id} name={v.name} />
          <VendorWebsite url={v.website} />
        </div>
      ),
    }),
    column.accessor('overallScore', {
      header: header('Score', 'score'),
      size: 90,
      cell: (c) => <VendorScore score={c.getValue()} />,
    }),
    figure(
      'cost',
      'Rate per hour',
      'cost',
      (v) => formatCostRange(v.avgCostPerCallMinCents, v.avgCostPerCallMaxCents),
      140,
    ),
    figure('proposed', 'Experts', 'proposed', (v) => String(v.scorecard.expertsProposed), 90),
    figure('shortlisted', 'Shortlisted', 'shortlisted', (v) =>
      formatShare(v.scorecard.shortlistedShare),
    ),
    figure('wait', 'First expert', 'wait', (v) =>
      formatWait(v.scorecard.medianSecondsToFirstExpert),
    ),
    figure('fit', 'Avg fit', 'fit', (v) => formatFit(v.scorecard.averageFitScore)),
    figure('rate', 'Avg rate', 'rate', (v) => formatHourly(v.scorecard.averageRateCents), 120),
    figure('calls', 'Calls', 'calls', (v) => String(v.scorecard.callsCompleted), 80),
    figure('noShow', 'No-shows', 'noShow', (v) => formatShare(v.scorecard.noShowRate)),
    figure('spend', 'Spend', 'spend', (v) => formatMoney(v.scorecard.spendCents)),
    figure('rating', 'Call rating', 'rating', (v) => formatRating(v.scorecard.averageRating)),
    column.accessor('location', { header: 'Location', size: 150 }),
    column.accessor('tags', {
      header: 'Specialties',
      size: 360,
      cell: (c) => (
        <div className="flex flex-wrap gap-1 whitespace-normal">
          {c.getValue().map((t) => (
            <Badge key={t}>{t}</Badge>
          ))}
        </div>
      ),
    }),
  ];
}

export function VendorDirectoryPage() {
  const columnWidths = useColumnWidths('vendors');
  const scorecards = useVendorScorecards();
  const [filter, setFilter] = useState<VendorFilter>({ search: '', location: '', tag: '' });
  const [sort, setSort] = useState<VendorSort>({ key: 'score', order: 'desc' });
  const rows = useMemo(
    () => scorecards.data?.map((s): VendorRow => ({ ...s.vendor, scorecard: s.scorecard })) ?? [],
    [scorecards.data],
  );
  const shown = sortVendors(filterVendors(rows, filter), sort);
  // New columns only when the sort changes: new ones remount every cell.
  const columns = useMemo(
    () => vendorColumns(sort, (key) => setSort((s) => nextSort(s, key))),
    [sort],
  );
  const phone = !useMediaQuery(atLeast(BREAKPOINTS.drawer));
  return (
    <>
      <PageHeader
        title="Vendors"
        description="The expert networks you can enroll, with what your own campaigns show of each: experts, shortlist share, speed, calls and spend."
      />
      <div className="grid gap-4 p-4 sm:p-6 lg:p-8">
        {scorecards.isPending ? (
          <ListSkeleton rows={8} />
        ) : scorecards.isError ? (
          <ErrorState error={scorecards.error} onRetry={() => void scorecards.refetch()} />
        ) : (
          <>
            <VendorFilters filter={filter} onChange={setFilter} {...vendorFacets(rows)} />
            <p className="text-sm text-muted-foreground">
              {shown.length} of {rows.length} vendors · figures from your own campaigns
            </p>
            {phone ? (
              <VendorCards vendors={shown} />
            ) : (
              <DataTable {...columnWidths} label="Vendors" data={shown} columns={columns} />
            )}
          </>
        )}
      </div>
    </>
  );
}

// The vendor page shares the directory's chunk (see the router).
export { VendorPage } from './vendor-page';
