import type { ExpertSortKey, SortOrder } from '@expert-network/contract/values';
import { createColumnHelper } from '@tanstack/react-table';
import type { MouseEvent, ReactNode } from 'react';
import { Badge } from '../../components/ui/badge';
import { Checkbox } from '../../components/ui/input';
import { SortHeader as SortButton } from '../../components/ui/sort-header';
import { formatMoney } from '../../lib/format';
import { EXPERT_STATUS } from '../../lib/statuses';
import { ComplianceBadge } from '../compliance/compliance-badge';
import type { ExpertRow } from './use-experts';

const column = createColumnHelper<ExpertRow>();

/** Private-use characters the API puts around each matching word of a highlight. */
const MARKED = /\uE000([^\uE001]*)\uE001/g;

/** A search highlight as text with the matching words in <mark> (never parsed as HTML). */
function Highlight({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKED)) {
    parts.push(text.slice(last, match.index), <mark key={match.index}>{match[1]}</mark>);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}

/** Under an expert's name: the passage matching the search, or else title and company. */
export function ExpertSubline(e: {
  highlight: string | null;
  title: string | null;
  company: string | null;
}) {
  return e.highlight ? (
    <Highlight text={e.highlight} />
  ) : (
    [e.title, e.company].filter(Boolean).join(', ')
  );
}

type SortState = { key: ExpertSortKey; order: SortOrder };

export type ColumnOptions = {
  sort: SortState;
  onSort: (key: ExpertSortKey) => void;
  selected: ReadonlySet<string>;
  onToggle: (id: string, range: boolean) => void;
  allSelected: boolean;
  onToggleAll: () => void;
};

/** A column header that sorts the list on the server. */
function SortHeader({
  label,
  by,
  options,
}: {
  label: string;
  by: ExpertSortKey;
  options: ColumnOptions;
}) {
  return (
    <SortButton
      label={label}
      active={options.sort.key === by}
      order={options.sort.order}
      onSort={() => options.onSort(by)}
    />
  );
}

/** The experts table's columns: a selection box, then sortable ones. */
export function expertColumns(options: ColumnOptions) {
  const stop = (e: MouseEvent) => e.stopPropagation();
  return [
    column.display({
      id: 'select',
      size: 36,
      enableResizing: false,
      header: () => (
        <Checkbox
          aria-label="Select all that match"
          checked={options.allSelected}
          onChange={options.onToggleAll}
        />
      ),
      cell: ({ row }) => (
        <Checkbox
          aria-label={`Select ${row.original.name}`}
          checked={options.selected.has(row.id)}
          onClick={(e) => {
            stop(e);
            options.onToggle(row.id, e.shiftKey);
          }}
          onChange={() => undefined}
        />
      ),
    }),
    column.accessor('name', {
      header: () => <SortHeader label="Expert" by="name" options={options} />,
      size: 240,
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
            {e.offers > 1 && (
              <Badge
                tone="primary"
                title="One person, offered by several networks: the row shows one offer, open it for all"
              >
                {e.offers} offers
              </Badge>
            )}
            {e.spokenBefore && (
              <Badge tone="neutral" title="You had a call with this person in another campaign">
                Spoken before
              </Badge>
            )}
          </div>
          <div className="truncate text-xs text-muted-foreground">
            <ExpertSubline {...e} />
          </div>
        </div>
      ),
    }),
    column.accessor('aiFitScore', {
      header: () => <SortHeader label="Fit" by="fit" options={options} />,
      size: 80,
      cell: (c) => (c.getValue() == null ? '—' : `${c.getValue()?.toFixed(1)}/10`),
    }),
    column.accessor('rating', {
      header: () => <SortHeader label="Rating" by="rating" options={options} />,
      size: 90,
      cell: (c) => <Rating value={c.getValue()} />,
    }),
    column.accessor('callRateCents', {
      header: () => <SortHeader label="Rate / h" by="rate" options={options} />,
      size: 110,
      cell: ({ row: { original: e } }) => (
        <div>
          {formatMoney(e.callRateCents, e.currency)}
          {/* A person offered by several networks: whether this offer is their cheapest. */}
          {e.offers > 1 && e.cheapestRateCents !== null && (
            <div className="text-xs text-muted-foreground">
              {e.callRateCents === e.cheapestRateCents
                ? 'Cheapest'
                : `Cheapest ${formatMoney(e.cheapestRateCents, e.currency)}`}
            </div>
          )}
        </div>
      ),
    }),
    column.accessor('vendorName', {
      header: () => <SortHeader label="Vendor" by="vendor" options={options} />,
      size: 140,
      cell: (c) => c.getValue() ?? <span className="text-muted-foreground">By hand</span>,
    }),
    column.accessor('status', {
      header: () => <SortHeader label="Status" by="status" options={options} />,
      size: 120,
      cell: (c) => (
        <Badge tone={EXPERT_STATUS[c.getValue()].tone}>{EXPERT_STATUS[c.getValue()].label}</Badge>
      ),
    }),
    column.accessor('complianceStatus', {
      header: 'Compliance',
      size: 120,
      cell: (c) => <ComplianceBadge status={c.getValue()} />,
    }),
    column.accessor('createdAt', {
      id: 'arrival',
      header: () => <SortHeader label="Arrived" by="arrival" options={options} />,
      size: 110,
      cell: (c) => arrived.format(c.getValue()),
    }),
    column.accessor('geography', {
      header: 'Geography',
      size: 130,
      cell: (c) => c.getValue() ?? '—',
    }),
  ];
}

const arrived = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

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

/** Which column shows each sort (a sorted column stays in view beside the panel). */
export const SORT_COLUMN: Record<ExpertSortKey, string> = {
  name: 'name',
  fit: 'aiFitScore',
  rating: 'rating',
  rate: 'callRateCents',
  vendor: 'vendorName',
  status: 'status',
  arrival: 'arrival',
  relevance: 'name',
};
