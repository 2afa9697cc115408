/** Optional text inputs: blank means "none" (null), whatever the field held before. */
export const textOrNull = (v: string | null | undefined) => v?.trim() || null;
