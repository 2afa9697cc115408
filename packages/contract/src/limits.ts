/**
 * Limits clients must know, without zod: the web app's first load imports this
 * module alone (the schemas barrel would bring zod and every schema with it).
 */

/** Most procedure calls one HTTP batch may carry (the server refuses more; clients split). */
export const MAX_BATCH_SIZE = 50;

/** Rows per page of a list whose length grows with a user's data (campaigns, projects, team, interviews). */
export const PAGE_SIZE = 50;
/** The most rows one page may ask for. */
export const MAX_PAGE_SIZE = 100;
