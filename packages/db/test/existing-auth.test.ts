/**
 * A running deployment already has Better Auth's tables, with users in them.
 * Migrating must leave those tables, their indexes and their rows exactly as they were.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrate } from '../src/migrations';
import { createTestDatabase, type TestDatabase } from '../src/testing';

// What Better Auth 1.7's own migration creates, plus a column a plugin added.
const EXISTING_DEPLOYMENT = `
CREATE TABLE "user" ("id" text not null primary key, "name" text not null, "email" text not null unique,
  "emailVerified" boolean not null, "image" text,
  "createdAt" timestamptz default CURRENT_TIMESTAMP not null,
  "updatedAt" timestamptz default CURRENT_TIMESTAMP not null, "role" text);
CREATE TABLE "session" ("id" text not null primary key, "expiresAt" timestamptz not null,
  "token" text not null unique, "createdAt" timestamptz default CURRENT_TIMESTAMP not null,
  "updatedAt" timestamptz not null, "ipAddress" text, "userAgent" text,
  "userId" text not null references "user" ("id") on delete cascade);
CREATE TABLE "account" ("id" text not null primary key, "accountId" text not null,
  "providerId" text not null, "userId" text not null references "user" ("id") on delete cascade,
  "accessToken" text, "refreshToken" text, "idToken" text, "accessTokenExpiresAt" timestamptz,
  "refreshTokenExpiresAt" timestamptz, "scope" text, "password" text,
  "createdAt" timestamptz default CURRENT_TIMESTAMP not null, "updatedAt" timestamptz not null);
CREATE TABLE "verification" ("id" text not null primary key, "identifier" text not null,
  "value" text not null, "expiresAt" timestamptz not null,
  "createdAt" timestamptz default CURRENT_TIMESTAMP not null,
  "updatedAt" timestamptz default CURRENT_TIMESTAMP not null);
CREATE INDEX "session_userId_idx" on "session" ("userId");
CREATE INDEX "account_userId_idx" on "account" ("userId");
INSERT INTO "user" VALUES ('u1', 'Ada', 'ada@example.com', true, null, '2025-01-01', '2025-01-02', 'admin'),
                          ('u2', 'Bo', 'bo@example.com', false, null, '2025-02-01', '2025-02-02', null);
INSERT INTO "session" VALUES ('s1', '2030-01-01', 'tok1', '2025-01-01', '2025-01-01', '127.0.0.1', 'ua', 'u1');
INSERT INTO "account" VALUES ('a1', 'u1', 'credential', 'u1', null, null, null, null, null, null,
  'salt:hash', '2025-01-01', '2025-01-01');
INSERT INTO "verification" VALUES ('v1', 'ada@example.com', 'code', '2030-01-01', '2025-01-01', '2025-01-01');
`;

const TABLES = ['user', 'session', 'account', 'verification'];

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ migrated: false });
  await db.withSession(async (q) => {
    for (const statement of EXISTING_DEPLOYMENT.split(';').filter((s) => s.trim())) {
      await q(statement);
    }
  });
});
afterAll(() => db?.dispose());

/** Columns, indexes, constraints defined on, and every row of, each Better Auth table. */
async function snapshot() {
  return db.withSession(async (q) => {
    const result: Record<string, unknown> = {};
    for (const table of TABLES) {
      result[`${table}.columns`] = await q(
        `SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
        [table],
      );
      result[`${table}.indexes`] = await q(
        `SELECT indexname, indexdef FROM pg_indexes
         WHERE schemaname = 'public' AND tablename = $1 ORDER BY indexname`,
        [table],
      );
      result[`${table}.constraints`] = await q(
        `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
         WHERE conrelid = ('public.' || quote_ident($1))::regclass ORDER BY conname`,
        [table],
      );
      result[`${table}.rows`] = await q(`SELECT * FROM public.${`"${table}"`} ORDER BY id`);
    }
    return result;
  });
}

it('migrates over an existing Better Auth database and leaves its tables and rows unchanged', async () => {
  const before = await snapshot();
  expect((before['user.rows'] as unknown[]).length).toBe(2);

  const result = await migrate(db);
  expect(result.applied.length).toBeGreaterThanOrEqual(2);
  expect(await snapshot()).toEqual(before);

  // ...and the app's tables work with those users.
  await db.withSession((q) =>
    q(`INSERT INTO expert_network.projects (user_id, project_code, project_name)
       VALUES ('u1', 'P-1', 'Existing user project')`),
  );
  const count = await db.withSession((q) =>
    q<{ n: number }>(`SELECT count(*)::int AS n FROM expert_network.projects WHERE user_id = 'u1'`),
  );
  expect(count[0]?.n).toBe(1);
});
