/** Optional text inputs: blank means "none" (null), whatever the field held before. */
export const textOrNull = (v: string | null | undefined) => v?.trim() || null;

/** Number inputs: empty means "not given" (null), never 0 or NaN. */
export const optionalNumber = (v: unknown) =>
  v === '' || v === null || v === undefined ? null : Number(v);

/** Date inputs: `YYYY-MM-DD` or nothing; kept as a string, never a Date. */
export const optionalDate = (v: unknown) => (v ? String(v) : null);
