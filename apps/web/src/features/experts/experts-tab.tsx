import { EXPERT_STATUSES, type ExpertStatus } from '@expert-network/contract/values';
import { getRouteApi } from '@tanstack/react-router';
import { Search, Sparkles, UserSearch } from 'lucide-react';
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Group, type Layout, Panel, Separator } from 'react-resizable-panels';
import { Input, NativeSelect } from '../../components/ui/input';
import { ListSkeleton } from '../../components/ui/skeleton';
import { EmptyState, ErrorState } from '../../components/ui/states';
import { cn } from '../../lib/cn';
import { plural } from '../../lib/format';
import { EXPERT_STATUS } from '../../lib/statuses';
import type { Campaign } from '../campaign/use-campaign';
import { usePreferences, useUpdatePreferences } from '../preferences/use-preferences';
import { ExpertDetail } from './expert-detail';
import { ExpertTable } from './expert-table';
import { type ExpertRow, useExpertList, useSetExpertStatus, useStatusCounts } from './use-experts';

const route = getRouteApi('/app/campaigns/$campaignId');
const PANELS = 'campaign.experts';

type CampaignSearch = ReturnType<typeof route.useSearch>;

/** Keys typed into a field are text, not shortcuts. */
const isTyping = (target: EventTarget) =>
  target instanceof HTMLInputElement ||
  target instanceof HTMLTextAreaElement ||
  target instanceof HTMLSelectElement ||
  (target instanceof HTMLElement && target.isContentEditable);

const MANUAL: ExpertStatus[] = ['proposed', 'shortlisted', 'rejected'];

export function ExpertsTab({ campaign }: { campaign: Campaign }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const status = EXPERT_STATUSES.find((s) => s === search.status);
  const counts = useStatusCounts(campaign.id);
  const [query, setQuery] = useState(search.q ?? '');
  const list = useExpertList(campaign.id, {
    status,
    vendorPlatformId: search.vendor,
    search: search.q,
  });
  const setStatus = useSetExpertStatus();
  // Filters replace the history entry; opening or closing an expert adds one, so Back undoes it.
  const setSearch = (changes: Partial<CampaignSearch>, push = false) =>
    void navigate({ search: (s) => ({ ...s, ...changes }), replace: !push });

  // The search box updates the URL (and the query) once typing pauses.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only typing restarts the wait
  useEffect(() => {
    if ((search.q ?? '') === query) return;
    const t = setTimeout(() => setSearch({ q: query || undefined }), 250);
    return () => clearTimeout(t);
  }, [query]);

  const experts = list.data?.pages.flatMap((p) => p.items) ?? [];
  const selected = search.expert;
  const filtered = Boolean(status || search.vendor || search.q);

  // Focus follows the user: into the panel when they open an expert from the
  // table, back to that expert's row when they close it.
  const focusPanel = useRef(false);
  const open = (id: string) => {
    focusPanel.current = true;
    setSearch({ expert: id }, true);
  };
  const close = () => {
    const id = selected;
    setSearch({ expert: undefined }, true);
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`tr[data-row-id="${id}"]`)?.focus(),
    );
  };

  // S shortlists and R rejects the expert whose row has focus, or the one open in the panel.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const key = e.key.toLowerCase();
    if ((key !== 's' && key !== 'r') || e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) {
      return;
    }
    const row = (e.target as HTMLElement).closest<HTMLElement>('tr[data-row-id]');
    const inPanel = (e.target as HTMLElement).closest('[data-expert-panel]');
    const id = row?.dataset.rowId ?? (inPanel ? selected : undefined);
    const expert: ExpertRow | undefined = experts.find((x) => x.id === id);
    const next = key === 's' ? 'shortlisted' : 'rejected';
    if (!expert || !MANUAL.includes(expert.status) || expert.status === next) return;
    e.preventDefault();
    setStatus.mutate({ id: expert.id, status: next });
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keyboard shortcuts for the rows and panel inside
    <div className="grid gap-4" onKeyDown={onKeyDown}>
      <Pipeline
        counts={counts.data}
        active={status}
        onPick={(s) => setSearch({ status: s === status ? undefined : s })}
      />
      <div className="flex flex-wrap items-center gap-2">
        <div className="relative min-w-64 flex-1">
          <Search className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" />
          <Input
            aria-label="Search experts"
            placeholder="Search name, title or company"
            className="pl-8"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <NativeSelect
          aria-label="Vendor"
          className="w-56"
          value={search.vendor ?? ''}
          onChange={(e) => setSearch({ vendor: e.target.value || undefined })}
        >
          <option value="">All vendors</option>
          {/* Every vendor with experts here, also one since removed from the campaign. */}
          {counts.data?.byVendor.map((v) => (
            <option key={v.vendorPlatformId} value={v.vendorPlatformId}>
              {v.vendorName} ({v.count})
            </option>
          ))}
        </NativeSelect>
        {(counts.data?.newCount ?? 0) > 0 && (
          <span
            role="status"
            className="inline-flex items-center gap-1.5 rounded-full bg-primary/10 px-3 py-1 text-sm font-medium text-primary"
          >
            <Sparkles className="size-4" aria-hidden />
            {plural(counts.data?.newCount ?? 0, 'new expert')}
          </span>
        )}
      </div>
      {list.isPending ? (
        <ListSkeleton rows={6} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : experts.length === 0 ? (
        <EmptyState
          icon={UserSearch}
          title={filtered ? 'No expert matches these filters' : 'No experts yet'}
          description={
            filtered
              ? 'Clear a filter to see more.'
              : 'Enrolled vendors propose experts here as they find them; they appear the moment they arrive.'
          }
        />
      ) : (
        <ExpertSplit
          left={
            <ExpertTable
              experts={experts}
              selectedId={selected}
              onSelect={open}
              hasMore={list.hasNextPage}
              loadingMore={list.isFetchingNextPage}
              onLoadMore={() => void list.fetchNextPage()}
            />
          }
          right={
            selected ? (
              <ExpertDetail
                id={selected}
                onClose={close}
                takeFocus={focusPanel.current}
                onFocusTaken={() => {
                  focusPanel.current = false;
                }}
              />
            ) : undefined
          }
        />
      )}
    </div>
  );
}

function savedLayout(saved: number[] | undefined): Layout | undefined {
  const [list, detail] = saved ?? [];
  return list && detail ? { list, detail } : undefined;
}

/**
 * The list and, when an expert is open, its detail beside it. The list stays
 * mounted when the panel opens or closes (focus stays where it was); the split
 * is saved per user, but only when they drag it.
 */
function ExpertSplit({ left, right }: { left: ReactNode; right: ReactNode }) {
  const { data: prefs } = usePreferences();
  const update = useUpdatePreferences();
  const saved = prefs?.panelSizing[PANELS];
  return (
    <Group
      id={PANELS}
      orientation="horizontal"
      className={right ? 'min-h-[32rem]' : undefined}
      defaultLayout={savedLayout(saved)}
      onLayoutChanged={(layout, meta) => {
        if (!meta.isUserInteraction || !right) return;
        update.mutate({
          panelSizing: {
            ...prefs?.panelSizing,
            [PANELS]: [Math.round(layout.list ?? 55), Math.round(layout.detail ?? 45)],
          },
        });
      }}
    >
      {/* Wide enough for name, fit, rating and rate beside the panel. */}
      <Panel id="list" defaultSize="55" minSize="32rem">
        {left}
      </Panel>
      {right && (
        <>
          <Separator className="mx-1 w-1.5 rounded-full transition-colors hover:bg-primary/30 data-[separator=active]:bg-primary/50" />
          <Panel id="detail" defaultSize="45" minSize="28">
            {right}
          </Panel>
        </>
      )}
    </Group>
  );
}

function Pipeline({
  counts,
  active,
  onPick,
}: {
  counts: { byStatus: Record<ExpertStatus, number>; total: number } | undefined;
  active: ExpertStatus | undefined;
  onPick: (status: ExpertStatus) => void;
}) {
  return (
    <fieldset className="grid grid-cols-5 gap-2">
      <legend className="sr-only">Pipeline by status</legend>
      {EXPERT_STATUSES.map((s) => (
        <button
          type="button"
          key={s}
          aria-pressed={active === s}
          onClick={() => onPick(s)}
          className={cn(
            'rounded-lg border bg-card px-3 py-2.5 text-left transition-colors hover:border-primary/40',
            active === s && 'border-primary ring-1 ring-primary',
          )}
        >
          <span className="block text-xs text-muted-foreground">{EXPERT_STATUS[s].label}</span>
          <span className="text-xl font-semibold tabular-nums">{counts?.byStatus[s] ?? '–'}</span>
        </button>
      ))}
    </fieldset>
  );
}
