import type { SessionQuery } from '../client';
import { originalData } from './original-data';
import { BETTER_AUTH_TABLES, ORIGINAL_SCHEMA } from './original-schema';

export { GONE_USER, ORIGINAL_IDS, ORIGINAL_PASSWORD, ORIGINAL_USERS } from './original-data';
export { BETTER_AUTH_TABLES, ORIGINAL_MIGRATIONS } from './original-schema';

/** Builds the original app's deployment, with its users and data, on an empty database. */
export async function createOriginalDeployment(query: SessionQuery): Promise<void> {
  for (const statement of [...BETTER_AUTH_TABLES, ...ORIGINAL_SCHEMA, ...originalData()]) {
    await query(statement);
  }
}
