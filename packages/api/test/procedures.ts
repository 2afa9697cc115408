import { appRouter } from '../src';

/** Every procedure path in the router, read from the router itself. */
export const ALL_PROCEDURES = Object.keys(appRouter._def.procedures).sort();
