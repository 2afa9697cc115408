import { createTestDatabase, type TestDatabase } from '@expert-network/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serializeError } from '../src/logger';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.dispose());

it("a failed query's parameters (a password hash, say) never reach the log", async () => {
  const secret = 'salt1234:hash-of-a-password';
  const error = await db.db
    .execute(sql`INSERT INTO expert_network.no_such_table VALUES (${secret})`)
    .catch((e: unknown) => e);
  expect(String((error as Error).message) + String((error as Error).stack)).toContain(secret);
  const logged = JSON.stringify(serializeError(error));
  expect(logged).not.toContain(secret);
  expect(logged).toContain('no_such_table');
  expect(logged).toContain('params: [omitted]');
});
