import { afterEach } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/testing';

/** Opens unmigrated test databases, each disposed after the test that opened it. */
export function freshDatabases() {
  const opened: TestDatabase[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((db) => db.dispose()));
  });
  return async (options: { concurrent?: boolean } = {}) => {
    const db = await createTestDatabase({ ...options, migrated: false });
    opened.push(db);
    return db;
  };
}
