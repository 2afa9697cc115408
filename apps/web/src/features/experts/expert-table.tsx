import { createColumnHelper } from '@tanstack/react-table';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { DataTable } from '../../components/ui/data-table';
import { formatMoney } from '../../lib/format';
import { EXPERT_STATUS } from '../../lib/statuses';
import { useColumnWidths } from '../preferences/use-column-widths';
import type { ExpertRow } from './use-experts';

const column = createColumnHelper<ExpertRow>();

const columns = [
  column.accessor('name', {
    header: 'Expert',
    size: 220,
    cell: ({ row: { original: e } }) => (
      <div className="min-w-0">
        <div className="flex items-center gap-2">
          {e.isNew && (
            <span className="size-2 shrink-0 rounded-full bg-primary" title="New">
              <span className="sr-only">New: </span>
            </span>
          )}
          <span className={e.isNew ? 'truncate font-semibold' : 'truncate font-medium'}>
            {e.name}
          </span>
        </div>
        <div className="truncate text-xs text-muted-foreground">
          {[e.title, e.company].filter(Boolean).join(', ')}
        </div>
      </div>
    ),
  }),
  column.accessor('aiFitScore', {
    header: 'Fit',
    size: 70,
    cell: (c) => (c.getValue() == null ? '—' : `${c.getValue()?.toFixed(1)}/10`),
  }),
  column.accessor('rating', {
    header: 'Rating',
    size: 80,
    cell: (c) => <Rating value={c.getValue()} />,
  }),
  column.accessor('callRateCents', {
    header: 'Rate / h',
    size: 100,
    cell: (c) => formatMoney(c.getValue(), c.row.original.currency),
  }),
  column.accessor('vendorName', {
    header: 'Vendor',
    size: 130,
    cell: (c) => c.getValue() ?? <span className="text-muted-foreground">By hand</span>,
  }),
  column.accessor('status', {
    header: 'Status',
    size: 120,
    cell: (c) => (
      <Badge tone={EXPERT_STATUS[c.getValue()].tone}>{EXPERT_STATUS[c.getValue()].label}</Badge>
    ),
  }),
  column.accessor('geography', {
    header: 'Geography',
    size: 130,
    cell: (c) => c.getValue() ?? '—',
  }),
];

/** A rating out of 5, always with one decimal ("4.0"). */
function Rating({ value }: { value: number | null | undefined }) {
  if (value == null) return <>—</>;
  return (
    <span className="tabular-nums">
      <span aria-hidden>★ </span>
      {value.toFixed(1)}
    </span>
  );
}

/** Left out while the detail panel narrows the table; the panel shows them. */
const SECONDARY_COLUMNS = ['vendorName', 'geography'];

export function ExpertTable({
  experts,
  selectedId,
  onSelect,
  hasMore,
  loadingMore,
  onLoadMore,
}: {
  experts: ExpertRow[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}) {
  const columnWidths = useColumnWidths('experts');
  return (
    <div className="grid gap-3">
      <DataTable
        {...columnWidths}
        label="Experts"
        data={experts}
        columns={columns}
        selectedId={selectedId}
        onOpen={(e) => onSelect(e.id)}
        hiddenColumns={selectedId ? SECONDARY_COLUMNS : undefined}
      />
      {hasMore && (
        <Button
          variant="secondary"
          onClick={onLoadMore}
          disabled={loadingMore}
          className="justify-self-center"
        >
          {loadingMore ? 'Loading…' : 'Load more'}
        </Button>
      )}
    </div>
  );
}
