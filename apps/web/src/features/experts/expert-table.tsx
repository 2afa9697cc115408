import { Button } from '../../components/ui/button';
import { DataTable } from '../../components/ui/data-table';
import { type ColumnOptions, expertColumns, SORT_COLUMN } from './expert-columns';
import type { ExpertRow } from './use-experts';

/** Left out while the detail panel narrows the table (the panel shows them), unless sorted or filtered by. */
const SECONDARY_COLUMNS = ['vendorName', 'geography', 'arrival'];

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
  const columns = expertColumns(columnOptions);
  const kept = [SORT_COLUMN[columnOptions.sort.key], ...keepVisible];
  return (
    <div className="grid gap-3">
      <DataTable
        tableId="experts"
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
