/**
 * Limits clients must know, without zod: the web app's first load imports this
 * module alone (the schemas barrel would bring zod and every schema with it).
 */

/** Most procedure calls one HTTP batch may carry (the server refuses more; clients split). */
export const MAX_BATCH_SIZE = 50;
