/**
 * Waiting for an event instead of sleeping a fixed time: on a busy machine a
 * fixed sleep is either too short (a flaky test) or too long (a slow one).
 */

/** Resolves with `check()`'s first truthy result; rejects once `timeoutMs` has passed without one. */
export async function waitFor<T>(
  what: string,
  check: () => T | Promise<T>,
  { timeoutMs = 10_000, intervalMs = 10 } = {},
): Promise<NonNullable<T>> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
