/**
 * How a vendor paces its work: when it answers (its sourcing tag), how many
 * experts it proposes per enrollment and per batch, and whether it declines.
 * All derived from stable ids, so a campaign plays out the same way every time.
 */
import { digest } from './generator/default-generator';

const HOUR = 3_600_000;

/** A vendor's real-world time to first proposals, from its tags. */
export function vendorResponseMs(tags: string[]): number {
  const text = tags.join(' ').toLowerCase();
  if (text.includes('instant')) return HOUR;
  if (text.includes('same-day')) return 6 * HOUR;
  const hours = /(\d+)h sourcing/.exec(text)?.[1];
  return hours ? Number(hours) * HOUR : 48 * HOUR;
}

/** A number in [0, 1) that depends only on `key`. */
function fraction(key: string): number {
  return digest(key).seed / 2 ** 32;
}

/** When a batch arrives, in ms from now: later batches come quicker than the first. */
export function batchDelayMs(tags: string[], speedup: number, key: string, first: boolean): number {
  const jitter = 0.6 + 0.4 * fraction(`${key}|delay`);
  return Math.round((vendorResponseMs(tags) * (first ? 1 : 0.5) * jitter) / speedup);
}

/** Experts a vendor proposes for an enrollment without being asked for more: 5 to 10. */
export function targetExperts(enrollmentKey: string): number {
  return 5 + Math.floor(fraction(`${enrollmentKey}|target`) * 6);
}

/** The size of one batch: 2-4 for a first batch or a request for more, 1-3 after. */
export function batchSize(key: string, first: boolean): number {
  const span = Math.floor(fraction(`${key}|size`) * 3);
  return first ? 2 + span : 1 + span;
}

export function declines(enrollmentKey: string, rate: number): boolean {
  return fraction(`${enrollmentKey}|decline`) < rate;
}
