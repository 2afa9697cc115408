import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { Badge } from '../../components/ui/badge';
import { DataTable } from '../../components/ui/data-table';
import { PageHeader } from '../../components/ui/page-header';
import { ListSkeleton } from '../../components/ui/skeleton';
import { ErrorState } from '../../components/ui/states';
import { atLeast, BREAKPOINTS } from '../../lib/breakpoints';
import { formatCostRange } from '../../lib/format';
import { useMediaQuery } from '../../lib/use-media-query';
import { useColumnWidths } from '../preferences/use-column-widths';
import {
  filterVendors,
  useVendors,
  type Vendor,
  type VendorFilter,
  vendorFacets,
} from './use-vendors';
import { VendorCards } from './vendor-cards';
import { VendorFilters } from './vendor-filters';
import { VendorScore } from './vendor-score';

const column = createColumnHelper<Vendor>();
const columns = [
  column.accessor('name', {
    header: 'Vendor',
    size: 170,
    cell: ({ row: { original: v } }) => (
      <div>
        <div className="font-medium">{v.name}</div>
        {v.website && <div className="text-xs text-muted-foreground">{v.website}</div>}
      </div>
    ),
  }),
  column.accessor('overallScore', {
    header: 'Score',
    size: 80,
    cell: (c) => <VendorScore score={c.getValue()} />,
  }),
  column.accessor('avgCostPerCallMinCents', {
    header: 'Rate per hour',
    size: 130,
    cell: ({ row: { original: v } }) =>
      formatCostRange(v.avgCostPerCallMinCents, v.avgCostPerCallMaxCents),
  }),
  column.accessor('location', { header: 'Location', size: 150 }),
  column.accessor('tags', {
    header: 'Specialties',
    size: 420,
    cell: (c) => (
      <div className="flex flex-wrap gap-1 whitespace-normal">
        {c.getValue().map((t) => (
          <Badge key={t}>{t}</Badge>
        ))}
      </div>
    ),
  }),
];

export function VendorDirectoryPage() {
  const columnWidths = useColumnWidths('vendors');
  const vendors = useVendors();
  const [filter, setFilter] = useState<VendorFilter>({ search: '', location: '', tag: '' });
  const shown = vendors.data ? filterVendors(vendors.data, filter) : [];
  const phone = !useMediaQuery(atLeast(BREAKPOINTS.drawer));
  return (
    <>
      <PageHeader
        title="Vendors"
        description="The expert networks you can enroll in a campaign: score, typical hourly rate and where they are strong."
      />
      <div className="grid gap-4 p-4 sm:p-6 lg:p-8">
        {vendors.isPending ? (
          <ListSkeleton rows={8} />
        ) : vendors.isError ? (
          <ErrorState error={vendors.error} onRetry={() => void vendors.refetch()} />
        ) : (
          <>
            <VendorFilters filter={filter} onChange={setFilter} {...vendorFacets(vendors.data)} />
            <p className="text-sm text-muted-foreground">
              {shown.length} of {vendors.data.length} vendors
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
