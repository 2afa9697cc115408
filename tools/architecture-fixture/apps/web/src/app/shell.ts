// Breaks web-not-to-server-code and web-to-api-type-only (a run-time import of the API).

export { api as shell } from '../../../../packages/api/src/index';
export { db } from '../../../../packages/db/src/index';
