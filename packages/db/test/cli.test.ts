/** The `pnpm db:migrate` / `pnpm db:status` commands, run as a user runs them. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDbClient } from '../src/client';
import { readMigrations } from '../src/migrations';
import { createOriginalDeployment, createThrowawayDatabase } from '../src/testing';

const run = promisify(execFile);
const packageDir = new URL('..', import.meta.url).pathname;
const serverUrl = process.env.DATABASE_URL?.trim() || undefined;

async function cli(script: 'migrate' | 'status', env: Record<string, string>, args: string[] = []) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', `src/cli/${script}.ts`, ...args],
      {
        cwd: packageDir,
        env: { ...process.env, DATABASE_URL: '', ...env },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'en-cli-'));
const cleanups: (() => Promise<void>)[] = [];

/** A database for the commands: a throwaway one on the server, or an embedded folder. */
async function newTarget(name: string): Promise<Record<string, string>> {
  if (serverUrl) {
    const database = await createThrowawayDatabase(serverUrl);
    cleanups.push(database.drop);
    return { DATABASE_URL: database.url };
  }
  return { PGLITE_DIR: join(scratch, name) };
}

let target: Record<string, string>;
let original: Record<string, string>;
beforeAll(async () => {
  target = await newTarget('pglite');
  original = await newTarget('original');
  const client = await createDbClient({
    url: original.DATABASE_URL,
    dataDir: original.PGLITE_DIR,
  });
  await client.withSession(createOriginalDeployment);
  await client.close();
});
afterAll(async () => {
  await Promise.all(cleanups.map((drop) => drop()));
  rmSync(scratch, { recursive: true, force: true });
});

// Each command is a new process that opens the database: slow on a busy machine (four
// of them passed 120 s at load average 16).
describe('db commands', { timeout: 300_000 }, () => {
  const names = readMigrations().map((m) => m.name);

  it('status, migrate, migrate again, status', async () => {
    const before = await cli('status', target);
    expect(before.code).toBe(0);
    expect(before.stdout).toContain(`  PENDING  ${names[0]}`);
    expect(before.stdout).toContain(`Total: ${names.length} migrations, 0 applied`);

    const first = await cli('migrate', target);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Found ${names.length} pending migration(s):`);
    expect(first.stdout).toContain(`✓ Completed: ${names.length}/${names.length} migrations`);

    const second = await cli('migrate', target);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('No pending migrations');

    const after = await cli('status', target);
    expect(after.stdout).toContain(`✓ APPLIED  ${names.at(-1)}`);
    expect(after.stdout).toContain(`${names.length} applied, 0 pending`);
  });

  it("status, dry run, upgrade and status on the original app's database", async () => {
    const found = await cli('status', original);
    expect(found.code).toBe(0);
    expect(found.stdout).toContain("The original app's database, not yet upgraded");
    expect(found.stdout).toContain('✓ APPLIED  004_add_custom_regions');

    const dry = await cli('migrate', original, ['--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(serverUrl ? 'pg_dump "$DATABASE_URL"' : 'cp -r .data/pglite');
    expect(dry.stdout).toMatch(/interviews\s+10\s+6\s+4/);
    expect(dry.stdout).toContain('Dry run: nothing was written.');

    const upgraded = await cli('migrate', original);
    expect(upgraded.code).toBe(0);
    expect(upgraded.stdout).toContain('✓ Upgraded: ');

    const after = await cli('status', original);
    expect(after.stdout).toContain('Upgraded from the original app');
    expect(after.stdout).toContain(
      `${names.length} applied, 0 pending (and 4 of the original app's, applied)`,
    );
  });

  it('exits non-zero with the real database error', async () => {
    let broken: Record<string, string>;
    let expected: RegExp;
    if (serverUrl) {
      const url = new URL(serverUrl);
      url.pathname = '/en_no_such_database';
      broken = { DATABASE_URL: url.toString() };
      expected = /database "en_no_such_database" does not exist/;
    } else {
      const file = join(scratch, 'not-a-folder');
      writeFileSync(file, 'x');
      broken = { PGLITE_DIR: file };
      expected = /not-a-folder/;
    }
    const result = await cli('migrate', broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(expected);
  });
});
