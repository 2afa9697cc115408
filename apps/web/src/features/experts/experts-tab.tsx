import { nextExpertStatuses } from '@expert-network/contract/rules';
import {
  DEFAULT_SORT_ORDER,
  EXPERT_SORT_KEYS,
  EXPERT_STATUSES,
  type ExpertSortKey,
  type ExpertStatus,
} from '@expert-network/contract/values';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Search, Sparkles, UserSearch } from 'lucide-react';
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Group, type Layout, Panel, Separator } from 'react-resizable-panels';
import { Button } from '../../components/ui/button';
import { Input, NativeSelect } from '../../components/ui/input';
import { ListSkeleton } from '../../components/ui/skeleton';
import { EmptyState, ErrorState } from '../../components/ui/states';
import { atLeast, BREAKPOINTS } from '../../lib/breakpoints';
import { cn } from '../../lib/cn';
import { plural } from '../../lib/format';
import { notify } from '../../lib/notify';
import { EXPERT_STATUS } from '../../lib/statuses';
import { useTRPC } from '../../lib/trpc';
import { useMediaQuery } from '../../lib/use-media-query';
import type { Campaign } from '../campaign/use-campaign';
import { usePreferences, useUpdatePreferences } from '../preferences/use-preferences';
import { BulkBar } from './bulk-bar';
import type { ColumnOptions } from './expert-columns';
import { ExpertDetail } from './expert-detail';
import { ExpertFilters } from './expert-filters';
import { ExpertSheet } from './expert-sheet';
import { ExpertTable } from './expert-table';
import { ExportMenu } from './export-menu';
import { useBulkUpdateExperts } from './use-bulk-experts';
import {
  type ExpertFilter,
  type ExpertRow,
  useExpertList,
  useSetExpertStatus,
  useStatusCounts,
} from './use-experts';

const route = getRouteApi('/app/campaigns/$campaignId');
const PANELS = 'campaign.experts';

type CampaignSearch = ReturnType<typeof route.useSearch>;

/** Keys typed into a field are text, not shortcuts. */
const isTyping = (target: EventTarget) =>
  target instanceof HTMLInputElement ||
  target instanceof HTMLTextAreaElement ||
  target instanceof HTMLSelectElement ||
  (target instanceof HTMLElement && target.isContentEditable);

export function ExpertsTab({ campaign }: { campaign: Campaign }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = EXPERT_STATUSES.find((s) => s === search.status);
  const counts = useStatusCounts(campaign.id);
  const [query, setQuery] = useState(search.q ?? '');
  const sortKey: ExpertSortKey =
    EXPERT_SORT_KEYS.find((k) => k === search.sort) ?? (search.q ? 'relevance' : 'arrival');
  const order = search.order ?? DEFAULT_SORT_ORDER[sortKey];
  const filter: ExpertFilter = {
    status,
    vendorPlatformId: search.vendor,
    search: search.q,
    sort: sortKey,
    order,
    isNew: search.fresh,
    minFit: search.minFit,
    minRating: search.minRating,
    maxRateCents: search.maxRate === undefined ? undefined : Math.round(search.maxRate * 100),
    answer:
      search.answerTo && search.answer
        ? { questionId: search.answerTo, text: search.answer }
        : undefined,
  };
  const list = useExpertList(campaign.id, filter);
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
  const filtered = Boolean(
    status ||
      search.vendor ||
      search.q ||
      search.fresh ||
      search.minFit !== undefined ||
      search.minRating !== undefined ||
      search.maxRate !== undefined ||
      filter.answer,
  );

  // Picked experts (checkboxes): shift-click picks the range from the last one picked.
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | undefined>(undefined);
  const filterKey = JSON.stringify(filter);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts a new selection
  useEffect(() => setPicked(new Set()), [filterKey]);
  const clearPicked = () => setPicked(new Set());
  const bulk = useBulkUpdateExperts(clearPicked);
  const [rejectOpen, setRejectOpen] = useState(false);
  const togglePicked = (id: string, range: boolean) => {
    const next = new Set(picked);
    const from = anchor.current ? experts.findIndex((e) => e.id === anchor.current) : -1;
    const to = experts.findIndex((e) => e.id === id);
    if (range && from >= 0 && to >= 0) {
      for (const e of experts.slice(Math.min(from, to), Math.max(from, to) + 1)) next.add(e.id);
    } else if (next.has(id)) next.delete(id);
    else next.add(id);
    anchor.current = id;
    setPicked(next);
  };
  const allPicked = experts.length > 0 && experts.every((e) => picked.has(e.id));
  const pickAllMatching = async () => {
    if (allPicked) return clearPicked();
    try {
      const { ids, truncated } = await queryClient.fetchQuery(
        trpc.expert.matchingIds.queryOptions({ campaignId: campaign.id, ...filter }),
      );
      if (truncated)
        notify.info(
          `Selected the first ${ids.length.toLocaleString()}: narrow the filter to act on the rest`,
        );
      setPicked(new Set(ids));
    } catch (error) {
      notify.failure('Could not select them', error);
    }
  };
  const markAllSeen = async () => {
    const { ids } = await queryClient.fetchQuery(
      trpc.expert.matchingIds.queryOptions({ campaignId: campaign.id, isNew: true }),
    );
    if (ids.length) bulk.run({ ids, isNew: false });
  };
  const columnOptions: ColumnOptions = {
    sort: { key: sortKey, order },
    onSort: (key) =>
      setSearch({
        sort: key,
        order: key === sortKey ? (order === 'asc' ? 'desc' : 'asc') : DEFAULT_SORT_ORDER[key],
      }),
    selected: picked,
    onToggle: togglePicked,
    allSelected: allPicked,
    onToggleAll: () => void pickAllMatching(),
  };

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

  // J/K move between rows, X picks the row; S shortlists and R rejects the
  // picked experts, or else the expert whose row has focus, or the one open in the panel.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const key = e.key.toLowerCase();
    if (!['j', 'k', 'x', 's', 'r'].includes(key) || e.metaKey || e.ctrlKey || e.altKey) return;
    if (isTyping(e.target)) return;
    const row = (e.target as HTMLElement).closest<HTMLElement>('tr[data-row-id]');
    if (key === 'j' || key === 'k') {
      e.preventDefault();
      const next = row
        ? key === 'j'
          ? row.nextElementSibling
          : row.previousElementSibling
        : document.querySelector('tr[data-row-id]');
      (next as HTMLElement | null)?.focus();
      return;
    }
    if (key === 'x') {
      if (row?.dataset.rowId) {
        e.preventDefault();
        togglePicked(row.dataset.rowId, e.shiftKey);
      }
      return;
    }
    if (picked.size > 0) {
      e.preventDefault();
      if (key === 's') bulk.run({ ids: [...picked], status: 'shortlisted' });
      else setRejectOpen(true);
      return;
    }
    const inPanel = (e.target as HTMLElement).closest('[data-expert-panel]');
    const id = row?.dataset.rowId ?? (inPanel ? selected : undefined);
    const expert: ExpertRow | undefined = experts.find((x) => x.id === id);
    const next = key === 's' ? 'shortlisted' : 'rejected';
    if (!expert || !nextExpertStatuses(expert.status).includes(next)) return;
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
        <div className="relative min-w-56 flex-1">
          <Search className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" />
          <Input
            aria-label="Search experts"
            placeholder="Search profiles, skills, answers, notes…"
            className="pl-8"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <NativeSelect
          aria-label="Vendor"
          className="w-full sm:w-56"
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
          <>
            {/* A live region: screen readers hear of new arrivals; the pill shows them. */}
            <span role="status">
              <button
                type="button"
                aria-pressed={search.fresh ?? false}
                onClick={() => setSearch({ fresh: search.fresh ? undefined : true })}
                className="inline-flex items-center gap-1.5 rounded-full bg-primary/10 px-3 py-1 text-sm font-medium text-primary hover:bg-primary/20"
              >
                <Sparkles className="size-4" aria-hidden />
                {plural(counts.data?.newCount ?? 0, 'new expert')}
              </button>
            </span>
            <Button size="sm" variant="ghost" onClick={() => void markAllSeen()}>
              Mark all seen
            </Button>
          </>
        )}
        <ExportMenu campaignId={campaign.id} filter={filter} />
      </div>
      <ExpertFilters
        campaignId={campaign.id}
        values={search}
        onChange={(changes) => setSearch(changes)}
      />
      <BulkBar
        ids={[...picked]}
        bulk={bulk}
        onClear={clearPicked}
        rejectOpen={rejectOpen}
        onRejectOpenChange={setRejectOpen}
      />
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
          onClose={close}
          left={
            <ExpertTable
              experts={experts}
              selectedId={selected}
              onSelect={open}
              hasMore={list.hasNextPage}
              loadingMore={list.isFetchingNextPage}
              onLoadMore={() => void list.fetchNextPage()}
              columnOptions={columnOptions}
              keepVisible={search.vendor ? ['vendorName'] : []}
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
function ExpertSplit({
  left,
  right,
  onClose,
}: {
  left: ReactNode;
  right: ReactNode;
  onClose: () => void;
}) {
  const { data: prefs } = usePreferences();
  const update = useUpdatePreferences();
  const saved = prefs?.panelSizing[PANELS];
  // Narrow screens: the list alone, and an open expert as a full-screen sheet.
  const split = useMediaQuery(atLeast(BREAKPOINTS.sheet));
  if (!split) {
    return (
      <>
        {left}
        {right && <ExpertSheet onClose={onClose}>{right}</ExpertSheet>}
      </>
    );
  }
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
    <fieldset className="grid grid-cols-[repeat(auto-fit,minmax(6.5rem,1fr))] gap-2">
      {/* Current status, not stages passed through: booking a shortlisted expert moves them on. */}
      <legend className="mb-1 text-xs text-muted-foreground">
        Offers by current status (each network’s offer counted once, in the stage it is in now; the
        list shows each person once)
      </legend>
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
