import {
  type ColumnDef,
  type ColumnSizingState,
  flexRender,
  getCoreRowModel,
  type RowData,
  useReactTable,
  type VisibilityState,
} from '@tanstack/react-table';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { cn } from '../../lib/cn';
import { ScrollX, STICKY_END } from './scroll-x';

/** A column with this id (a row's buttons) stays in view while the table scrolls sideways. */
const ACTIONS = 'actions';

declare module '@tanstack/react-table' {
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Classes for the column's header and cells (alignment, width). */
    className?: string;
    /** Cells keep every line (several lines, buttons) instead of one truncated line. */
    wrap?: boolean;
  }
}

/**
 * A table whose columns the user resizes by dragging their edge; the widths
 * come in `columnWidths` and go out, once a drag ends, to `onColumnWidthsChange`
 * (the caller saves them). Rows open with a click or Enter; the arrow
 * keys move between rows. Each row carries `data-row-id`, so focus can return to it.
 */
export function DataTable<T extends { id: string }>({
  columnWidths,
  onColumnWidthsChange,
  framed = true,
  data,
  columns,
  selectedId,
  onOpen,
  rowClassName,
  label,
  hiddenColumns,
}: {
  columnWidths?: ColumnSizingState | undefined;
  onColumnWidthsChange?: ((widths: ColumnSizingState) => void) | undefined;
  /** Its own border and background; off inside a card. */
  framed?: boolean;
  data: T[];
  // biome-ignore lint/suspicious/noExplicitAny: column value types differ per column
  columns: ColumnDef<T, any>[];
  selectedId?: string | undefined;
  onOpen?: (row: T) => void;
  rowClassName?: (row: T) => string | undefined;
  label: string;
  /** Columns (by id) left out for now, e.g. while a side panel narrows the table. */
  hiddenColumns?: string[] | undefined;
}) {
  // Columns the user sizes when the widths are kept somewhere; otherwise they fit their content.
  const resizable = onColumnWidthsChange !== undefined;
  const [sizing, setSizing] = useState<ColumnSizingState>(columnWidths ?? {});
  const savedJson = JSON.stringify(columnWidths ?? {});
  // Follow the saved widths when they change elsewhere (reset in Settings, another tab).
  useEffect(() => setSizing(JSON.parse(savedJson)), [savedJson]);

  const table = useReactTable({
    data,
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    columnResizeMode: 'onChange',
    enableColumnResizing: resizable,
    state: {
      columnSizing: sizing,
      columnVisibility: Object.fromEntries(
        (hiddenColumns ?? []).map((id) => [id, false]),
      ) as VisibilityState,
    },
    onColumnSizingChange: setSizing,
  });
  const resizing = table.getState().columnSizingInfo.isResizingColumn;
  const wasResizing = useRef(false);
  useEffect(() => {
    if (wasResizing.current && !resizing) {
      const widths = Object.fromEntries(Object.entries(sizing).map(([k, v]) => [k, Math.round(v)]));
      onColumnWidthsChange?.(widths);
    }
    wasResizing.current = Boolean(resizing);
  });

  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, row: T) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen?.(row);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const sibling = (
        e.key === 'ArrowDown'
          ? e.currentTarget.nextElementSibling
          : e.currentTarget.previousElementSibling
      ) as HTMLElement | null;
      sibling?.focus();
    }
  };

  return (
    <ScrollX label={label} className={cn(framed && 'rounded-xl border bg-card')}>
      <table
        className="text-sm"
        style={resizable ? { width: table.getTotalSize(), minWidth: '100%' } : { width: '100%' }}
        aria-label={label}
      >
        <thead className="border-b bg-muted/40 text-left text-xs text-muted-foreground">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  className={cn(
                    'relative px-3 py-2 font-medium whitespace-nowrap',
                    header.column.columnDef.meta?.className,
                    header.column.id === ACTIONS && [STICKY_END, 'bg-muted'],
                  )}
                  style={resizable ? { width: header.getSize() } : undefined}
                >
                  {flexRender(header.column.columnDef.header, header.getContext())}
                  {header.column.getCanResize() && (
                    // biome-ignore lint/a11y/noStaticElementInteractions: a mouse affordance; widths also reset in Settings
                    <div
                      onMouseDown={header.getResizeHandler()}
                      onDoubleClick={() => header.column.resetSize()}
                      className={cn(
                        'absolute top-0 right-0 h-full w-1.5 cursor-col-resize select-none hover:bg-primary/40',
                        header.column.getIsResizing() && 'bg-primary/60',
                      )}
                    />
                  )}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y">
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              data-row-id={row.id}
              tabIndex={onOpen ? 0 : undefined}
              aria-selected={onOpen ? row.id === selectedId : undefined}
              onClick={() => onOpen?.(row.original)}
              onKeyDown={(e) => onRowKey(e, row.original)}
              className={cn(
                onOpen &&
                  'cursor-pointer hover:bg-muted/40 focus-visible:bg-muted/60 focus-visible:outline-none',
                row.id === selectedId && 'bg-primary/5 hover:bg-primary/10',
                rowClassName?.(row.original),
              )}
            >
              {row.getVisibleCells().map((cell) => (
                <td
                  key={cell.id}
                  className={cn(
                    'px-3 py-2.5',
                    cell.column.columnDef.meta?.wrap ? 'align-top' : resizable && 'truncate',
                    cell.column.columnDef.meta?.className,
                    cell.column.id === ACTIONS && [STICKY_END, 'bg-card'],
                  )}
                  style={resizable ? { maxWidth: cell.column.getSize() } : undefined}
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollX>
  );
}
