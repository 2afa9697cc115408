import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';

/** A column header that sorts by its column; says how the list is sorted now. */
export function SortHeader({
  label,
  active,
  order,
  onSort,
}: {
  label: string;
  active: boolean;
  order: 'asc' | 'desc';
  onSort: () => void;
}) {
  const Icon = !active ? ArrowUpDown : order === 'asc' ? ArrowUp : ArrowDown;
  return (
    <button
      type="button"
      className="inline-flex items-center gap-1 font-medium hover:text-foreground"
      onClick={onSort}
      aria-label={`Sort by ${label.toLowerCase()}`}
      aria-pressed={active}
    >
      {label}
      <Icon className={active ? 'size-3.5 text-foreground' : 'size-3.5 opacity-50'} aria-hidden />
    </button>
  );
}
