/** `pnpm db:migrate` on the original app's database: advice, the upgrade, its report. */
import type { DbClient, SessionQuery } from '../client';
import { MigrationError } from '../errors';
import type { Migration } from '../migration-files';
import { SET_ASIDE } from './convert';
import type { DatabaseState } from './detect';
import { type AdoptionReport, formatReport } from './report';
import { baselineOf, UpgradeRefused, upgradeOriginal } from './upgrade';

const BACKUP_FILE = 'expert-network-before-upgrade.dump';

/** How to keep a copy of the database as it is now, for the database in use. */
function backupAdvice(kind: DbClient['kind']): string[] {
  return kind === 'postgres'
    ? [
        'Take a backup first (the whole database: the upgrade touches public and expert_network):',
        `  pg_dump "$DATABASE_URL" --format=custom --file=${BACKUP_FILE}`,
        `  # to go back: pg_restore --clean --if-exists --dbname="$DATABASE_URL" ${BACKUP_FILE}`,
      ]
    : [
        'Take a backup first: stop the app and copy the embedded database folder',
        '  cp -r .data/pglite .data/pglite-before-upgrade   # or your PGLITE_DIR',
      ];
}

export async function upgradeFromOriginal(
  query: SessionQuery,
  state: Extract<DatabaseState, { kind: 'original' }>,
  {
    migrations,
    dryRun,
    log,
    kind,
  }: {
    migrations: Migration[];
    dryRun: boolean;
    log: (line: string) => void;
    kind: DbClient['kind'];
  },
): Promise<AdoptionReport> {
  const names = state.migrations.map((m) => m.name);
  log(
    `Found the original app's database: its runner applied ${names.length} migration(s)` +
      `${names.length ? ` (${names.join(', ')})` : ''}.`,
  );
  for (const line of backupAdvice(kind)) log(line);
  const baseline = baselineOf(migrations);
  log(
    dryRun
      ? '\nDry run: the upgrade runs in one transaction that is then rolled back; nothing is written.'
      : '\nUpgrading it in one transaction...',
  );
  log(
    `  public.schema_migrations → public.schema_migrations_original (the original's history, kept)`,
  );
  log(`  expert_network → ours, made by ${baseline.map((m) => m.name).join(', ')}`);
  let current = '';
  let report: AdoptionReport;
  try {
    report = await upgradeOriginal(query, {
      baseline,
      hasSchema: state.hasSchema,
      dryRun,
      onStatement: (statement) => {
        current = statement;
      },
    });
  } catch (error) {
    if (error instanceof UpgradeRefused) throw error;
    throw new MigrationError(
      "the original app's upgrade (rolled back: nothing changed)",
      current,
      error,
    );
  }
  log('');
  for (const line of formatReport(report)) log(line);
  if (report.records.length > 0) {
    log(
      `\n${dryRun ? 'These rows would be' : 'These rows are'} kept, as they were, in ${SET_ASIDE}:`,
    );
    log(
      `  psql "$DATABASE_URL" -c "SELECT source_table, source_id, outcome, reason, original_row FROM ${SET_ASIDE} ORDER BY id"`,
    );
  }
  if (!dryRun) {
    const copied = report.tables.reduce((n, t) => n + t.copied, 0);
    const aside = report.tables.reduce((n, t) => n + t.setAside, 0);
    log(`\n✓ Upgraded: ${copied} rows copied, ${aside} set aside\n`);
  }
  return report;
}
