/**
 * Import of the original app's browser storage: `preview` says what `apply`
 * would do; `apply` does it in one transaction and says what it did.
 */
import { type BrowserStorage, readBrowserStorage } from '@expert-network/contract';
import { schema } from '@expert-network/db';
import { sql } from 'drizzle-orm';
import { inTransaction, owned, type Scope } from '../../scope';
import { updatePreferences } from '../preferences';
import { type ImportPlan, type ImportReport, planBrowserImport } from './plan';

export type { ImportReport } from './plan';

const { campaignTeamAssignments, campaigns, projects, teamMembers } = schema;

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest row. */
const CHUNK = 500;

export async function previewBrowserImport(
  scope: Scope,
  items: BrowserStorage,
): Promise<ImportReport> {
  const plan = await planBrowserImport(scope, readBrowserStorage(items));
  return plan.report;
}

export function applyBrowserImport(scope: Scope, items: BrowserStorage): Promise<ImportReport> {
  return inTransaction(scope, async (tx) => {
    // The lock project.create takes: codes and display order stay free while we plan
    // and write, and a second import at the same time waits, then finds this one's rows.
    await tx.db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`projects:${tx.userId}`}))`);
    const plan = await planBrowserImport(tx, readBrowserStorage(items));
    await writePlan(tx, plan);
    return { ...plan.report, applied: true };
  });
}

/** Inserts `rows` a chunk at a time; `insert` gets each chunk with the index of its first row. */
async function insertChunked<T, R>(
  rows: T[],
  insert: (chunk: T[], offset: number) => Promise<R[]>,
) {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += CHUNK)
    out.push(...(await insert(rows.slice(i, i + CHUNK), i)));
  return out;
}

/** The next display order after the caller's rows of `table`. */
async function nextOrder(scope: Scope, table: typeof projects | typeof campaigns) {
  const [row] = await scope.db
    .select({ next: sql<number>`coalesce(max(${table.displayOrder}) + 1, 0)::int` })
    .from(table)
    .where(owned(table, scope));
  return row?.next ?? 0;
}

async function writePlan(scope: Scope, plan: ImportPlan) {
  const userId = scope.userId;
  const projectIds = new Map(plan.existingProjectIds);
  const firstProject = await nextOrder(scope, projects);
  const newProjects = await insertChunked(plan.projects, (chunk, offset) =>
    scope.db
      .insert(projects)
      .values(
        chunk.map((p, i) => ({
          userId,
          projectCode: p.projectCode,
          projectName: p.projectName,
          description: p.description,
          displayOrder: firstProject + offset + i,
          ...(p.createdAt ? { createdAt: p.createdAt } : {}),
        })),
      )
      .returning({ id: projects.id, code: projects.projectCode }),
  );
  for (const p of newProjects) projectIds.set(p.code, p.id);

  const memberIds = new Map(plan.existingMemberIds);
  const newMembers = await insertChunked(plan.teamMembers, (chunk) =>
    scope.db
      .insert(teamMembers)
      .values(
        chunk.map((m) => ({
          userId,
          legacyId: m.legacyId,
          name: m.name,
          designation: m.designation,
          avatarUrl: m.avatarUrl,
        })),
      )
      .returning({ id: teamMembers.id, legacyId: teamMembers.legacyId }),
  );
  for (const m of newMembers) if (m.legacyId) memberIds.set(m.legacyId, m.id);

  const firstCampaign = await nextOrder(scope, campaigns);
  const newCampaigns = await insertChunked(plan.campaigns, (chunk, offset) =>
    scope.db
      .insert(campaigns)
      .values(
        chunk.map((c, i) => ({
          userId,
          legacyId: c.legacyId,
          projectId: c.projectCode ? (projectIds.get(c.projectCode) ?? null) : null,
          campaignName: c.campaignName,
          industryVertical: c.industryVertical,
          startDate: c.startDate,
          targetCompletionDate: c.targetCompletionDate,
          targetRegions: c.targetRegions,
          minCalls: c.minCalls,
          maxCalls: c.maxCalls,
          estimatedCalls: c.estimatedCalls,
          defaultTimezone: c.defaultTimezone,
          displayOrder: firstCampaign + offset + i,
          ...(c.createdAt ? { createdAt: c.createdAt } : {}),
        })),
      )
      .returning({ id: campaigns.id, legacyId: campaigns.legacyId }),
  );
  const campaignIds = new Map(newCampaigns.map((c) => [c.legacyId, c.id]));

  // Two of the file's members may be one person of the caller's team (matched by name):
  // one assignment each, required if either was.
  const assignments = new Map<string, typeof campaignTeamAssignments.$inferInsert>();
  for (const a of plan.assignments) {
    const campaignId = campaignIds.get(a.campaignId);
    const teamMemberId = memberIds.get(a.memberId);
    if (!campaignId || !teamMemberId) throw new Error('import plan names a row it did not write');
    const pair = `${campaignId}/${teamMemberId}`;
    const role = assignments.get(pair)?.role ?? a.role;
    assignments.set(pair, { userId, campaignId, teamMemberId, role });
  }
  await insertChunked([...assignments.values()], (chunk) =>
    scope.db
      .insert(campaignTeamAssignments)
      .values(chunk)
      .returning({ id: campaignTeamAssignments.id }),
  );

  if (Object.keys(plan.preferences).length) await updatePreferences(scope, plan.preferences);
}
