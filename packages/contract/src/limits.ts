/**
 * Limits clients must know, without zod: the web app's first load imports this
 * module alone (the schemas barrel would bring zod and every schema with it).
 */

/** How many times a user may ask one vendor, on one campaign, for more experts. */
export const MAX_MORE_EXPERT_REQUESTS = 5;

/** Most procedure calls one HTTP batch may carry (the server refuses more; clients split). */
export const MAX_BATCH_SIZE = 50;
