import { useEffect } from 'react';

/** A query of a paged list: pages of `{ items, nextCursor }`. */
type PagedQuery = { data: { pages: { items: unknown[] }[] } | undefined };
type RowOf<Q extends PagedQuery> = NonNullable<Q['data']>['pages'][number]['items'][number];

/**
 * An infinite query of a paged list, with `data` as the rows loaded so far:
 * what lists and pickers show, with `hasNextPage` / `fetchNextPage` for the
 * rest (see LoadMore).
 */
export function withRows<Q extends PagedQuery>(query: Q): Omit<Q, 'data'> & { data: RowOf<Q>[] } {
  return {
    ...query,
    data: (query.data?.pages.flatMap((page) => page.items) ?? []) as RowOf<Q>[],
  };
}

/** Rows ordered by `displayOrder` again: a drag reorders before the server answers. */
export const inDisplayOrder = <T extends { displayOrder: number }>(rows: T[]) =>
  rows.sort((a, b) => a.displayOrder - b.displayOrder);

/**
 * Keeps loading the next page until there is none: for screens that show a
 * bounded set whole (a campaign's calls on a calendar, a 30-day window); each
 * request still carries one page.
 */
export function useEveryPage(query: {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isError: boolean;
  fetchNextPage: () => unknown;
}) {
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
}
