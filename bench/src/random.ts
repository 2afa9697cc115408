/** A seeded generator, so every run loads the same dataset. */
export type Random = ReturnType<typeof seededRandom>;

export function seededRandom(seed: number) {
  // mulberry32: tiny, fast, and good enough for test data.
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  /** `n` (≤ 8) hex digits from one draw. */
  const hex = (n: number) =>
    Math.floor(next() * 16 ** n)
      .toString(16)
      .padStart(n, '0');
  return {
    next,
    int,
    pick,
    chance: (p: number) => next() < p,
    /** A version-4 shaped UUID. */
    uuid: () =>
      `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(6)}${hex(6)}`,
    /** Letters and digits, like Better Auth's ids and tokens. */
    token(length: number) {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
      let s = '';
      for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
    /** One of `items`, chosen with probability proportional to its weight. */
    weighted<T>(items: readonly { value: T; weight: number }[]): T {
      const total = items.reduce((sum, i) => sum + i.weight, 0);
      let r = next() * total;
      for (const item of items) {
        r -= item.weight;
        if (r < 0) return item.value;
      }
      return items[items.length - 1]?.value as T;
    },
    /** `count` distinct items. */
    sample<T>(items: readonly T[], count: number): T[] {
      const copy = [...items];
      for (let i = 0; i < Math.min(count, copy.length); i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy.slice(0, count);
    },
    /** Lognormal: most values near 1, a long tail of large ones. */
    lognormal(sigma: number) {
      const u = Math.max(next(), 1e-12);
      const v = next();
      return Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
    },
  };
}

/** Splits `total` into parts proportional to `weights`, each at least `min` (largest remainder). */
export function apportion(total: number, weights: number[], min = 0): number[] {
  const spare = total - min * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * spare);
  const parts = exact.map((x) => Math.floor(x));
  let left = spare - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r);
  for (const { i } of order) {
    if (left-- <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts.map((p) => p + min);
}
