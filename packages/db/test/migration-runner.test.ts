/**
 * The migration runner's edges: the journal read in order into clean statements,
 * a tracking table it did not make, one drizzle-kit made, and the words it
 * reports with.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeDatabaseError,
  formatStatus,
  MIGRATIONS_TABLE,
  MigrationError,
  migrate,
  migrationStatus,
  readMigrations,
} from '../src/migrations';
import { freshDatabases } from './fresh-databases';

const freshDatabase = freshDatabases();

describe('readMigrations', () => {
  it("follows the journal's order, not the file system's, and splits statements cleanly", () => {
    const folder = mkdtempSync(join(tmpdir(), 'en-journal-'));
    const entries = [
      { idx: 1, when: 2000, tag: 'b_second' },
      { idx: 0, when: 1000, tag: 'a_first' },
    ];
    writeFileSync(
      join(folder, 'a_first.sql'),
      'SELECT 1;\n--> statement-breakpoint\n\n  SELECT 2;  \n',
    );
    writeFileSync(join(folder, 'b_second.sql'), 'SELECT 3;\n--> statement-breakpoint\n');
    const meta = join(folder, 'meta');
    mkdirSync(meta);
    writeFileSync(join(meta, '_journal.json'), JSON.stringify({ entries }));
    const migrations = readMigrations(folder);
    expect(migrations.map((m) => [m.name, m.createdAt, m.statements])).toEqual([
      ['a_first', 1000, ['SELECT 1;', 'SELECT 2;']],
      ['b_second', 2000, ['SELECT 3;']],
    ]);
    expect(migrations[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(migrations[0]!.hash).not.toBe(migrations[1]!.hash);
  });

  it("reads this project's migrations with no empty or untrimmed statement", () => {
    for (const m of readMigrations()) {
      for (const s of m.statements) {
        expect(s.length, m.name).toBeGreaterThan(0);
        expect(s, m.name).toBe(s.trim());
      }
    }
  });
});

describe('the tracking table', () => {
  it('refuses a schema_migrations table it did not make, and changes nothing', async () => {
    const db = await freshDatabase();
    await db.withSession((q) => q(`CREATE TABLE ${MIGRATIONS_TABLE} (version text)`));
    await expect(migrate(db)).rejects.toThrow(
      `${MIGRATIONS_TABLE} was made neither by this app nor by the original app`,
    );
    const [schema] = await db.withSession((q) =>
      q<{ found: string | null }>(`SELECT to_regnamespace('expert_network')::text AS found`),
    );
    expect(schema?.found).toBeNull();
  });

  it('adopts the table drizzle-kit makes: adds the readable columns, skips what it applied', async () => {
    const db = await freshDatabase();
    const [first, ...rest] = readMigrations();
    await migrate(db, { migrations: [first!] });
    await db.withSession(async (q) => {
      await q(`ALTER TABLE ${MIGRATIONS_TABLE} DROP COLUMN name`);
      await q(`ALTER TABLE ${MIGRATIONS_TABLE} DROP COLUMN applied_at`);
    });
    const result = await migrate(db);
    expect(result.applied).toEqual(rest.map((m) => m.name));
    const status = await migrationStatus(db);
    expect(status.every((s) => s.applied)).toBe(true);
    const names = await db.withSession((q) =>
      q<{ name: string | null }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY id`),
    );
    expect(names.map((r) => r.name)).toEqual([null, ...rest.map((m) => m.name)]);
  });
});

describe('words', () => {
  it("describeDatabaseError gives the database's message, detail, hint and code", () => {
    const error = Object.assign(new Error('duplicate key'), {
      detail: 'Key (id)=(1) exists.',
      hint: 'Pick another id.',
      code: '23505',
    });
    expect(describeDatabaseError(error)).toBe(
      'duplicate key\n  detail: Key (id)=(1) exists.\n  hint: Pick another id.\n  code: 23505',
    );
    expect(describeDatabaseError(new Error('plain'))).toBe('plain');
    expect(describeDatabaseError('not an error')).toBe('not an error');
    const failure = new MigrationError('0001_x', 'SELECT 1', error);
    expect(failure.name).toBe('MigrationError');
    expect(failure.message).toBe(`Migration 0001_x failed: ${describeDatabaseError(error)}`);
  });

  it('formatStatus lists each migration between rules, then the totals', () => {
    const rule = '='.repeat(60);
    expect(
      formatStatus([
        { name: '0000_a', applied: true, appliedAt: new Date() },
        { name: '0001_b', applied: false, appliedAt: null },
      ]),
    ).toBe(
      [
        'Migration Status:',
        rule,
        '✓ APPLIED  0000_a',
        '  PENDING  0001_b',
        rule,
        'Total: 2 migrations, 1 applied, 1 pending',
      ].join('\n'),
    );
  });

  it('logs each step of a run', async () => {
    const db = await freshDatabase();
    const lines: string[] = [];
    const [first] = readMigrations();
    await migrate(db, { migrations: [first!], log: (line) => lines.push(line) });
    expect(lines).toEqual([
      'Initializing migrations...',
      '✓ Migrations table initialized',
      '\nFound 1 pending migration(s):',
      `  - ${first!.name}`,
      '\nExecuting migrations...\n',
      `Running migration: ${first!.name}`,
      `✓ Migration completed: ${first!.name}`,
      '\n✓ Completed: 1/1 migrations',
    ]);
  });
});
