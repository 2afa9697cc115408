import { describe, expect, it } from 'vitest';
import { createDbClient } from '../src/client';
import { MigrationError } from '../src/errors';
import {
  formatStatus,
  MIGRATIONS_TABLE,
  migrate,
  migrationStatus,
  readMigrations,
} from '../src/migrations';
import { startTogether } from '../src/testing';
import { freshDatabases } from './fresh-databases';

const NAMES = ['0000_create_expert_network_schema', '0001_seed_vendor_platforms'];
const freshDatabase = freshDatabases();

describe('migrate', () => {
  it('reads the journal in order, with names', () => {
    expect(
      readMigrations()
        .map((m) => m.name)
        .slice(0, 2),
    ).toEqual(NAMES);
  });

  it('applies everything on a fresh database and prints each step', async () => {
    const db = await freshDatabase();
    const lines: string[] = [];
    const result = await migrate(db, { log: (line) => lines.push(line) });
    const all = readMigrations().map((m) => m.name);
    expect(result.applied).toEqual(all);
    const output = lines.join('\n');
    expect(output).toContain(`Found ${all.length} pending migration(s):\n  - ${all[0]}`);
    for (const name of all) {
      expect(output).toContain(`Running migration: ${name}\n✓ Migration completed: ${name}`);
    }
    expect(output).toContain(`✓ Completed: ${all.length}/${all.length} migrations`);
  });

  it('is a no-op the second time', async () => {
    const db = await freshDatabase();
    await migrate(db);
    const lines: string[] = [];
    const again = await migrate(db, { log: (line) => lines.push(line) });
    expect(again.applied).toEqual([]);
    expect(lines.join('\n')).toContain('No pending migrations');
    const rows = await db.withSession((q) => q('SELECT * FROM public.schema_migrations'));
    expect(rows).toHaveLength(readMigrations().length);
    const dry: string[] = [];
    expect((await migrate(db, { dryRun: true, log: (line) => dry.push(line) })).total).toBe(0);
    expect(dry).toContain('\nDry run: 0 migration(s) would then be applied.');
  });

  it('applies each migration once when two runs start together', async () => {
    // On PostgreSQL (a server of the test's own without DATABASE_URL), each run on
    // its own pool as a second process would, both let go at once from behind a
    // lock on the tracking table.
    const db = await freshDatabase({ concurrent: true });
    await migrate(db, { migrations: [] });
    const second = await createDbClient({ url: db.url });
    try {
      const settled = await startTogether(db, MIGRATIONS_TABLE, [
        () => migrate(db),
        () => migrate(second),
      ]);
      const [a, b] = settled.map((s) => {
        if (s.status === 'rejected') throw s.reason;
        return s.value;
      });
      const all = readMigrations().map((m) => m.name);
      expect([...a!.applied, ...b!.applied].toSorted()).toEqual(all.toSorted());
      const rows = await db.withSession((q) =>
        q<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY id`),
      );
      expect(rows.map((r) => r.name)).toEqual(all);
    } finally {
      await second.close();
    }
  });

  it('dry run: lists what would be applied and writes nothing', async () => {
    const db = await freshDatabase();
    const lines: string[] = [];
    const result = await migrate(db, { dryRun: true, log: (line) => lines.push(line) });
    const all = readMigrations().map((m) => m.name);
    expect(result).toEqual({ applied: [], total: all.length, upgrade: undefined });
    expect(lines.join('\n')).toContain(
      `Dry run: ${all.length} migration(s) would then be applied:\n  - ${all[0]}`,
    );
    const tables = await db.withSession((q) =>
      q(`SELECT FROM information_schema.tables WHERE table_schema IN ('public', 'expert_network')`),
    );
    expect(tables).toHaveLength(0);
  });

  it('dry run on a database part way: lists only what is missing', async () => {
    const db = await freshDatabase();
    const all = readMigrations();
    await migrate(db, { migrations: all.slice(0, 3) });
    const lines: string[] = [];
    const result = await migrate(db, { dryRun: true, log: (line) => lines.push(line) });
    expect(result.total).toBe(all.length - 3);
    expect(lines.join('\n')).toContain(
      `Dry run: ${all.length - 3} migration(s) would then be applied:\n  - ${all[3]!.name}\n`,
    );
    expect(lines).not.toContain(`  - ${all[0]!.name}`);
  });

  it('reports status before and after', async () => {
    const db = await freshDatabase();
    const before = formatStatus(await migrationStatus(db));
    const all = readMigrations().map((m) => m.name);
    expect(before).toContain(`  PENDING  ${NAMES[0]}`);
    expect(before).toContain(`Total: ${all.length} migrations, 0 applied, ${all.length} pending`);
    await migrate(db);
    const after = formatStatus(await migrationStatus(db));
    expect(after).toContain(`✓ APPLIED  ${NAMES[0]}`);
    expect(after).toContain(`Total: ${all.length} migrations, ${all.length} applied, 0 pending`);
  });

  it('says when each migration was applied, and nothing for one still pending', async () => {
    const db = await freshDatabase();
    const [first, ...rest] = readMigrations();
    const startedAt = Date.now();
    await migrate(db, { migrations: [first!] });
    const [applied, pending] = await migrationStatus(db, [first!, rest[0]!]);
    expect(applied?.appliedAt).toBeInstanceOf(Date);
    // The database's clock and ours: within a minute of each other.
    expect(Math.abs(applied!.appliedAt!.getTime() - startedAt)).toBeLessThan(60_000);
    expect(pending).toEqual({ name: rest[0]!.name, applied: false, appliedAt: null });
  });

  it('rolls back a failing migration, reports the database error, and keeps earlier ones', async () => {
    const db = await freshDatabase();
    const good = readMigrations();
    const broken = {
      name: '9999_broken',
      createdAt: Number.MAX_SAFE_INTEGER,
      hash: 'x',
      statements: [
        'CREATE TABLE expert_network.half_done (id int)',
        'SELECT * FROM expert_network.no_such_table',
      ],
    };
    const failure = await migrate(db, { migrations: [...good, broken] }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).message).toMatch(
      /9999_broken failed: relation "expert_network.no_such_table" does not exist/,
    );
    // The statement that failed, not the one before it.
    expect((failure as MigrationError).statement).toBe(broken.statements[1]);
    const status = await migrationStatus(db, [...good, broken]);
    expect(status.filter((s) => s.applied).map((s) => s.name)).toEqual(good.map((m) => m.name));
    const leftover = await db.withSession((q) =>
      q<{ t: string | null }>(`SELECT to_regclass('expert_network.half_done')::text AS t`),
    );
    expect(leftover[0]?.t).toBeNull();
  });
});
