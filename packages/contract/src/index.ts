/**
 * What the browser and the server share: input schemas, status values, limits
 * and field rules. Depends on zod alone, so the web app can import it at run
 * time without pulling in any server code.
 */
export * from './browser-storage';
export * from './limits';
export * from './rules';
export * from './schemas';
export * from './values';
