/**
 * The rule a distributed PostgreSQL (Citus) applies to tables sharded by one
 * column and kept together ("co-located"): each user-owned table is sharded by
 * `user_id`, so its primary key, every unique constraint or unique index, and
 * every foreign key to another user-owned table must include `user_id` (a
 * foreign key pairing user_id with user_id). Reference tables (copied whole
 * to every node) may be pointed at by anyone and point at nothing user-owned.
 * Read from the catalog, so a table added later is held to it too.
 */
import type { SessionQuery } from '../client';

const DISTRIBUTION_COLUMN = 'user_id';

/**
 * Shared lookups, one copy on every node (`create_reference_table`). Calendar
 * feeds are found by their token before the user is known, as sessions are,
 * and change rarely (a user turns a feed on or off).
 */
export const REFERENCE_TABLES = [
  'expert_network.vendor_platforms',
  'expert_network.calendar_feeds',
] as const;

/**
 * Better Auth's tables: the users every user-owned row points at, and their
 * sessions, kept whole on every node as reference data (`public` is Better
 * Auth's, never altered here).
 */
export const AUTH_TABLES = [
  'public.user',
  'public.session',
  'public.account',
  'public.verification',
] as const;

/**
 * Not a user's data and pointed at by nothing: sign-in counters keyed by
 * address or account, distributed by their own key (`key`), alone.
 */
export const STANDALONE_TABLES = ['expert_network.auth_rate_limits'] as const;

type Constraint = {
  table: string;
  name: string;
  type: 'p' | 'u' | 'f' | 'x' | 'i';
  columns: (string | null)[];
  referenced: string | null;
  referenced_columns: (string | null)[] | null;
};

/** Every primary key, unique or exclusion constraint, unique index and foreign key of our tables. */
const CONSTRAINTS_SQL = `
  SELECT t.relnamespace::regnamespace::text || '.' || t.relname AS table, c.conname AS name, c.contype AS type,
         array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
               LEFT JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
         (SELECT r.relnamespace::regnamespace::text || '.' || r.relname FROM pg_class r WHERE r.oid = c.confrelid) AS referenced,
         CASE WHEN c.contype = 'f' THEN
           array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                 LEFT JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i)
         END AS referenced_columns
    FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
   WHERE t.relnamespace = 'expert_network'::regnamespace AND c.contype IN ('p', 'u', 'f', 'x')
  UNION ALL
  -- Unique indexes that are no constraint (partial ones, ones on expressions).
  SELECT t.relnamespace::regnamespace::text || '.' || t.relname, i.relname::text, 'i',
         array(SELECT a.attname::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(n, o)
               LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.n
               WHERE o <= x.indnkeyatts ORDER BY o),
         NULL, NULL
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
   WHERE t.relnamespace = 'expert_network'::regnamespace AND x.indisunique
     AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`;

const TABLES_SQL = `
  SELECT 'expert_network.' || t.relname AS table,
         EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = $1
                 AND NOT a.attisdropped AND a.attnotnull) AS has_owner
    FROM pg_class t
   WHERE t.relnamespace = 'expert_network'::regnamespace AND t.relkind IN ('r', 'p')
   ORDER BY 1`;

/** Names as `schema.table`, unquoted. */
const qualified = (table: string) => table.replaceAll('"', '');

/** Each breach of the rule, as a sentence naming the table and constraint; empty when none. */
export async function distributionRuleBreaches(query: SessionQuery): Promise<string[]> {
  const tables = await query<{ table: string; has_owner: boolean }>(TABLES_SQL, [
    DISTRIBUTION_COLUMN,
  ]);
  const constraints = await query<Constraint>(CONSTRAINTS_SQL);
  const reference = new Set<string>([...REFERENCE_TABLES, ...AUTH_TABLES]);
  const standalone = new Set<string>(STANDALONE_TABLES);
  const userOwned = new Set(
    tables.map((t) => qualified(t.table)).filter((t) => !reference.has(t) && !standalone.has(t)),
  );
  const breaches: string[] = [];
  for (const t of tables) {
    const table = qualified(t.table);
    if (userOwned.has(table) && !t.has_owner) {
      breaches.push(
        `${table} is user-owned (neither reference nor standalone) but has no NOT NULL ${DISTRIBUTION_COLUMN}`,
      );
    }
    const own = constraints.filter((c) => qualified(c.table) === table);
    if (userOwned.has(table) && !own.some((c) => c.type === 'p')) {
      breaches.push(`${table} has no primary key`);
    }
    for (const c of own) {
      const target = c.referenced ? qualified(c.referenced) : null;
      if (c.type === 'f' && target) {
        breaches.push(
          ...foreignKeyBreaches(table, c, target, { userOwned, reference, standalone }),
        );
      } else if (userOwned.has(table) && !c.columns.includes(DISTRIBUTION_COLUMN)) {
        const kind = {
          p: 'primary key',
          u: 'unique constraint',
          x: 'exclusion constraint',
          i: 'unique index',
        }[c.type as 'p'];
        breaches.push(
          `${table}: ${kind} ${c.name} (${c.columns.join(', ')}) leaves out ${DISTRIBUTION_COLUMN}`,
        );
      }
    }
  }
  return breaches;
}

function foreignKeyBreaches(
  table: string,
  c: Constraint,
  target: string,
  kinds: { userOwned: Set<string>; reference: Set<string>; standalone: Set<string> },
): string[] {
  const fk = `${table}: foreign key ${c.name} (${c.columns.join(', ')}) -> ${target}`;
  if (kinds.reference.has(target)) return [];
  if (kinds.standalone.has(target) || kinds.standalone.has(table)) {
    return [`${fk}: a standalone table takes part in no foreign key`];
  }
  if (kinds.reference.has(table)) return [`${fk}: reference data points at user-owned rows`];
  const at = c.columns.indexOf(DISTRIBUTION_COLUMN);
  if (at === -1 || c.referenced_columns?.[at] !== DISTRIBUTION_COLUMN) {
    return [
      `${fk} (${c.referenced_columns?.join(', ')}) does not pair ${DISTRIBUTION_COLUMN} with ${DISTRIBUTION_COLUMN}`,
    ];
  }
  return [];
}
