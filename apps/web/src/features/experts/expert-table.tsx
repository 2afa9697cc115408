import { Button } from '../../components/ui/button';
import { DataTable } from '../../components/ui/data-table';
import { useColumnWidths } from '../preferences/use-column-widths';
import { type ColumnOptions, expertColumns, SORT_COLUMN } from './expert-columns';
import type { ExpertRow } from './use-experts';

/** Left out while the detail panel narrows the table (the panel shows them), unless sorted or filtered by. */
const SECONDARY_COLUMNS = ['vendorName', 'geography', 'arrival'];

/** A column's id: given, or its accessor's key (what react-table uses). */
const columnId = (c: { id?: string | undefined }) =>
  c.id ?? (c as { accessorKey?: string }).accessorKey ?? '';

export function ExpertTable({
  experts,
  selectedId,
  onSelect,
  hasMore,
  loadingMore,
  onLoadMore,
  columnOptions,
  keepVisible,
}: {
  experts: ExpertRow[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  columnOptions: ColumnOptions;
  /** Columns the user filters by: never hidden. */
  keepVisible: string[];
}) {
  const kept = [SORT_COLUMN[columnOptions.sort.key], ...keepVisible];
  const all = expertColumns(columnOptions);
  // Beside the panel, the sorted and filtered columns move up next to the name, in view.
  const first = (id: string) => id === 'select' || id === 'name';
  const columns = selectedId
    ? [
        ...all.filter((c) => first(columnId(c))),
        ...all.filter((c) => !first(columnId(c)) && kept.includes(columnId(c))),
        ...all.filter((c) => !first(columnId(c)) && !kept.includes(columnId(c))),
      ]
    : all;
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
        rowClassName={(e) => (columnOptions.selected.has(e.id) ? 'bg-primary/5' : undefined)}
        hiddenColumns={selectedId ? SECONDARY_COLUMNS.filter((c) => !kept.includes(c)) : undefined}
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
