/**
 * The schema is ready to be sharded by user (Citus): see distribution-rules.ts
 * for the rule. A table or constraint added later that breaks it fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, distributionRuleBreaches, type TestDatabase } from '../src/testing';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.dispose());

describe('distribution-ready schema', () => {
  it('every user-owned table has user_id in its primary key, unique constraints and foreign keys', async () => {
    expect(await db.withSession(distributionRuleBreaches)).toEqual([]);
  });
});
