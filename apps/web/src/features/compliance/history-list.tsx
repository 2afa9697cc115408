import type { UseQueryResult } from '@tanstack/react-query';
import { History } from 'lucide-react';
import { ListSkeleton } from '../../components/ui/skeleton';
import { EmptyState, ErrorState } from '../../components/ui/states';
import { formatInstant } from '../../lib/format';
import type { RouterOutputs } from '../../lib/trpc';

type Entry = RouterOutputs['audit']['campaign'][number];

const WHAT: Record<string, string> = {
  campaigns: 'Campaign',
  campaign_vendor_enrollments: 'Vendor enrollment',
  experts: 'Expert',
  expert_approvals: 'Approval',
  interviews: 'Call',
};
const DONE = { insert: 'created', update: 'changed', delete: 'deleted' } as const;

const shown = (value: unknown) =>
  value === null || value === undefined
    ? '—'
    : typeof value === 'object'
      ? Array.isArray(value)
        ? `${value.length} item${value.length === 1 ? '' : 's'}`
        : '…'
      : String(value);

/** "status: proposed → shortlisted" for each column an update changed. */
function changesOf(entry: Entry): string[] {
  if (entry.action !== 'update' || !entry.before || !entry.after) return [];
  const after = entry.after;
  return Object.entries(entry.before).map(
    ([key, was]) => `${key.replaceAll('_', ' ')}: ${shown(was)} → ${shown(after[key])}`,
  );
}

/** A history, newest first: when, who, what, and each change from before to after. */
export function HistoryList({
  history,
  label,
}: {
  history: UseQueryResult<Entry[], unknown>;
  label: string;
}) {
  if (history.isPending) return <ListSkeleton rows={4} />;
  if (history.isError) {
    return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  }
  if (history.data.length === 0) {
    return <EmptyState icon={History} title="No changes recorded yet" />;
  }
  return (
    <ol className="grid gap-2" aria-label={label}>
      {history.data.map((e) => (
        <li key={e.id} className="grid gap-0.5 border-l-2 pl-3 text-sm" data-audit-entry>
          <span className="text-xs text-muted-foreground">
            {formatInstant(e.at)} · {e.actorName}
          </span>
          <span className="font-medium">
            {WHAT[e.tableName] ?? e.tableName} {DONE[e.action as keyof typeof DONE] ?? e.action}
          </span>
          {changesOf(e).map((change) => (
            <span key={change} className="text-xs break-words text-muted-foreground">
              {change}
            </span>
          ))}
        </li>
      ))}
    </ol>
  );
}
