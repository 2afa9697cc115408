/**
 * Whether the API is out of reach right now: set when a request fails without
 * an answer, cleared by the next one that gets one. The app shell shows it.
 */
let unreachable = false;
const listeners = new Set<() => void>();

export const connection = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  isUnreachable: () => unreachable,
  set(next: boolean) {
    if (next === unreachable) return;
    unreachable = next;
    for (const listener of listeners) listener();
  },
};
