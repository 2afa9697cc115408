/**
 * A running deployment already has Better Auth's tables, with users in them.
 * Migrating must leave those tables, their indexes and their rows exactly as they were.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrate } from '../src/migrations';
import { createTestDatabase, type TestDatabase } from '../src/testing';
import { betterAuthSnapshot } from './auth-snapshot';

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

it('migrates over an existing Better Auth database and leaves its tables and rows unchanged', async () => {
  const before = await betterAuthSnapshot(db);
  expect((before['user.rows'] as unknown[]).length).toBe(2);

  const result = await migrate(db);
  expect(result.applied.length).toBeGreaterThanOrEqual(2);
  expect(await betterAuthSnapshot(db)).toEqual(before);

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
