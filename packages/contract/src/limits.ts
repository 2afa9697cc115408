/**
 * Limits clients must know, without zod: the web app's first load imports this
 * module alone (the schemas barrel would bring zod and every schema with it).
 */

/** How many times a user may ask one vendor, on one campaign, for more experts. */
export const MAX_MORE_EXPERT_REQUESTS = 5;

/** Most procedure calls one HTTP batch may carry (the server refuses more; clients split). */
export const MAX_BATCH_SIZE = 50;

/** The longest call that may be booked, in minutes. */
export const MAX_CALL_MINUTES = 240;

/** Rows per page of a list whose length grows with a user's data (campaigns, projects, team, interviews). */
export const PAGE_SIZE = 50;
/** The most rows one page may ask for. */
export const MAX_PAGE_SIZE = 100;
/**
 * The largest browser-storage file the import takes: a browser keeps at most
 * about 5 MB per site, so a real export is always smaller.
 */
export const MAX_BROWSER_IMPORT_BYTES = 5_000_000;
/** Most keys a browser-storage file may hold (the original app wrote a few per campaign). */
export const MAX_BROWSER_IMPORT_KEYS = 20_000;

/**
 * The dashboard counts experts awaiting review up to this many and then says
 * "1,000+": a count of every one read them all, however many a team has.
 */
export const AWAITING_REVIEW_COUNT_LIMIT = 1_000;
