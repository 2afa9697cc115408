import { useSyncExternalStore } from 'react';

type Store = { matches: boolean; listeners: Set<() => void> };
const stores = new Map<string, Store>();

/**
 * One store per query. A change counts once it has lasted a moment: Chromium
 * lays a page out 1 px wide for an instant while it captures a full-page
 * screenshot, and following that flip would unmount whatever the layout swaps
 * (an open dialog in the expert panel, say). Nobody sees a 200 ms delay when
 * they resize a window across a breakpoint.
 */
const SETTLE_MS = 200;

function storeFor(query: string): Store {
  const existing = stores.get(query);
  if (existing) return existing;
  const list = window.matchMedia(query);
  const created: Store = { matches: list.matches, listeners: new Set() };
  let settling: ReturnType<typeof setTimeout> | undefined;
  list.addEventListener('change', () => {
    clearTimeout(settling);
    settling = setTimeout(() => {
      if (list.matches === created.matches) return;
      created.matches = list.matches;
      for (const notify of created.listeners) notify();
    }, SETTLE_MS);
  });
  stores.set(query, created);
  return created;
}

/** Whether a media query matches, following it as the window changes. */
export function useMediaQuery(query: string): boolean {
  const store = storeFor(query);
  return useSyncExternalStore(
    (onChange) => {
      store.listeners.add(onChange);
      return () => store.listeners.delete(onChange);
    },
    () => store.matches,
  );
}
