/** What an upgrade did (or, in a dry run, would do), and how it is printed. */
import type { SessionQuery } from '../client';
import { ORIGINAL_SCHEMA, SET_ASIDE } from './convert';
import {
  ENROLLMENT_STATUS_MAP,
  EXPERT_STATUS_MAP,
  INTERVIEW_STATUS_MAP,
  mapValue,
  QUESTION_TYPE_MAP,
  type ValueMap,
} from './mappings';

export type TableCount = { table: string; original: number; copied: number; setAside: number };
type SetAsideRecord = {
  table: string;
  id: string;
  outcome: 'set aside' | 'changed';
  reason: string;
};
export type AdoptionReport = {
  tables: TableCount[];
  conversions: string[];
  records: SetAsideRecord[];
};

const O = ORIGINAL_SCHEMA;

async function valueMapping(
  query: SessionQuery,
  label: string,
  table: string,
  column: string,
  map: ValueMap,
  fallback: string,
): Promise<string> {
  const rows = await query<{ value: string | null; n: number }>(
    `SELECT ${column} AS value, count(*)::int AS n FROM ${O}.${table} GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
  const parts = rows.map((r) => {
    const ours = mapValue(r.value, map);
    return `${JSON.stringify(r.value)} → ${ours ?? `${fallback}, not a value we know`} (${r.n})`;
  });
  return `${label}: ${parts.join(', ') || 'none'}`;
}

async function one(query: SessionQuery, sql: string): Promise<Record<string, number>> {
  return (await query<Record<string, number>>(sql))[0] ?? {};
}

/** One line per kind of conversion, with counts (read from the original schema before it goes). */
export async function conversionNotes(query: SessionQuery): Promise<string[]> {
  const vendors = await one(
    query,
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE NOT EXISTS (
       SELECT FROM ${SET_ASIDE} s WHERE s.source_table = 'vendor_platforms' AND s.source_id = o.id::text))::int AS matched
     FROM ${O}.vendor_platforms o`,
  );
  const times = await one(
    query,
    `SELECT count(*) FILTER (WHERE NOT no_zone)::int AS zoned, count(*) FILTER (WHERE no_zone)::int AS utc
     FROM adopt_interview_time a JOIN expert_network.interviews i ON i.id = a.id`,
  );
  const history = await one(
    query,
    `SELECT count(*) FILTER (WHERE w.entries IS NOT NULL)::int AS parsed,
       count(*) FILTER (WHERE w.entries IS NULL)::int AS text
     FROM adopt_work_history w JOIN expert_network.experts x ON x.id = w.id`,
  );
  const regions = await one(
    query,
    `SELECT count(*)::int AS n FROM expert_network.campaigns WHERE cardinality(custom_regions) > 0`,
  );
  return [
    `vendor_platforms: ${vendors.matched} matched ours by name (their experts and enrollments follow), ${
      (vendors.total ?? 0) - (vendors.matched ?? 0)
    } added; costs in whole dollars → cents`,
    `interviews: scheduled_date + scheduled_time read in the interview's own zone → scheduled_at for ${times.zoned}; ${times.utc} had no zone and were read as UTC`,
    `experts: work_history text → structured entries for ${history.parsed}; ${history.text} kept as written, at the end of the profile text`,
    `campaigns: custom_regions text → a list for ${regions.n}; completed/scheduled call counts now come from interviews`,
    await valueMapping(query, 'experts.status', 'experts', 'status', EXPERT_STATUS_MAP, 'proposed'),
    await valueMapping(
      query,
      'interviews.status',
      'interviews',
      'status',
      INTERVIEW_STATUS_MAP,
      'completed/cancelled/scheduled by its completed_at/cancelled_at',
    ),
    await valueMapping(
      query,
      'campaign_vendor_enrollments.status',
      'campaign_vendor_enrollments',
      'status',
      ENROLLMENT_STATUS_MAP,
      'pending',
    ),
    await valueMapping(
      query,
      'screening_questions.question_type',
      'screening_questions',
      `coalesce(question_type, 'text')`,
      QUESTION_TYPE_MAP,
      'text',
    ),
    'user_ui_preferences: theme kept; column widths kept (under "campaigns"); expanded projects → project ids; panel sizes in pixels dropped (ours are percentages)',
    'expert_network.update_updated_at_column() and its triggers → expert_network.set_updated_at() on every table',
  ];
}

const pad = (value: string | number, width: number) => String(value).padStart(width);

export function formatReport(report: AdoptionReport): string[] {
  const lines = [
    `  ${'table'.padEnd(30)}${pad('original', 9)}${pad('copied', 8)}${pad('set aside', 11)}`,
    ...report.tables.map(
      (t) =>
        `  ${t.table.padEnd(30)}${pad(t.original, 9)}${pad(t.copied, 8)}${pad(t.setAside, 11)}`,
    ),
    '',
    'Conversions:',
    ...report.conversions.map((c) => `  - ${c}`),
  ];
  for (const outcome of ['set aside', 'changed'] as const) {
    const rows = report.records.filter((r) => r.outcome === outcome);
    lines.push(
      '',
      outcome === 'set aside'
        ? `Set aside (not copied; kept as they were): ${rows.length} row(s)`
        : `Changed while copying: ${rows.length} row(s)`,
      ...rows.map((r) => `  - ${r.table} ${r.id}: ${r.reason}`),
    );
  }
  return lines;
}
