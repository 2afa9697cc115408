/** The migrations drizzle-kit wrote: its journal and SQL files, read as the runner applies them. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** packages/db/drizzle, or in the compiled server the copy beside its bundle (apps/server/dist/drizzle). */
const MIGRATIONS_FOLDER =
  ['../drizzle', './drizzle']
    .map((path) => fileURLToPath(new URL(path, import.meta.url)))
    .find((folder) => existsSync(`${folder}/meta/_journal.json`)) ??
  fileURLToPath(new URL('../drizzle', import.meta.url));

export type Migration = {
  name: string;
  /** The journal's timestamp: what identifies the migration once applied. */
  createdAt: number;
  hash: string;
  statements: string[];
};

type Journal = { entries: { idx: number; when: number; tag: string }[] };

export function readMigrations(folder = MIGRATIONS_FOLDER): Migration[] {
  const journal = JSON.parse(readFileSync(`${folder}/meta/_journal.json`, 'utf8')) as Journal;
  return journal.entries
    .toSorted((a, b) => a.idx - b.idx)
    .map((entry) => {
      const text = readFileSync(`${folder}/${entry.tag}.sql`, 'utf8');
      return {
        name: entry.tag,
        createdAt: entry.when,
        hash: createHash('sha256').update(text).digest('hex'),
        statements: text
          .split('--> statement-breakpoint')
          .map((statement) => statement.trim())
          .filter((statement) => statement.length > 0),
      };
    });
}
