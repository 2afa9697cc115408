import { usePreferences, useUpdatePreferences } from './use-preferences';

export type ColumnWidths = Record<string, number>;

/**
 * A table's column widths as the user saved them (under `tableId`), and how
 * to save new ones: spread onto `<DataTable>`.
 */
export function useColumnWidths(tableId: string) {
  const { data: prefs } = usePreferences();
  const update = useUpdatePreferences();
  return {
    columnWidths: prefs?.columnWidths[tableId],
    onColumnWidthsChange: (widths: ColumnWidths) =>
      update.mutate({ columnWidths: { ...prefs?.columnWidths, [tableId]: widths } }),
  };
}
