import {
  type createProjectInput,
  type listProjectsInput,
  PAGE_SIZE,
  type updateProjectInput,
} from '@expert-network/contract';
import { schema } from '@expert-network/db';
import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { conflict, notFound, postgresCode } from '../errors';
import { definedOnly, inTransaction, owned, type Scope } from '../scope';
import { deleteOwned } from './guards';
import { applyOrder } from './ordering';
import { after, decodeCursor, type Page, pageOf, rowsToFetch } from './paging';

const { campaigns, projects } = schema;

/** Projects with how many campaigns each holds (a lateral count, one statement). */
function selectProjects(scope: Scope) {
  const stats = scope.db
    .select({ campaignCount: sql<number>`count(*)::int`.as('campaign_count') })
    .from(campaigns)
    .where(and(eq(campaigns.projectId, projects.id), eq(campaigns.userId, projects.userId)))
    .as('project_stats');
  return scope.db
    .select({ ...getTableColumns(projects), campaignCount: stats.campaignCount })
    .from(projects)
    .crossJoinLateral(stats)
    .$dynamic();
}

/** A page of projects in the user's order. */
export async function listProjects(
  scope: Scope,
  input: z.infer<typeof listProjectsInput>,
): Promise<Page<Awaited<ReturnType<typeof getProject>>>> {
  const limit = input?.limit ?? PAGE_SIZE;
  const cursor = input?.cursor ? decodeCursor(input.cursor, 'number') : undefined;
  const rows = await selectProjects(scope)
    .where(owned(projects, scope, after(projects.displayOrder, projects.id, cursor)))
    .orderBy(asc(projects.displayOrder), asc(projects.id))
    .limit(rowsToFetch(limit));
  return pageOf(rows, limit, (p) => p.displayOrder);
}

export async function getProject(scope: Scope, id: string) {
  const [row] = await selectProjects(scope).where(owned(projects, scope, eq(projects.id, id)));
  if (!row) throw notFound('Project');
  return row;
}

/** Unique project codes per user: a clash names the field. */
async function withUniqueCode<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (postgresCode(error) === '23505') {
      throw conflict('projectCode', 'Another project already uses this code');
    }
    throw error;
  }
}

export async function createProject(scope: Scope, input: z.infer<typeof createProjectInput>) {
  return inTransaction(scope, async (tx) => {
    // One project at a time per user, so a generated code (and the order) is free when used.
    await tx.db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`projects:${tx.userId}`}))`);
    const [stats] = await tx.db
      .select({
        count: sql<number>`count(*)::int`,
        nextOrder: sql<number>`coalesce(max(${projects.displayOrder}) + 1, 0)::int`,
      })
      .from(projects)
      .where(owned(projects, tx));
    const projectCode = input.projectCode ?? (await freeProjectCode(tx, (stats?.count ?? 0) + 1));
    const [row] = await withUniqueCode(() =>
      tx.db
        .insert(projects)
        .values({
          ...input,
          projectCode,
          userId: tx.userId,
          displayOrder: stats?.nextOrder ?? 0,
        })
        .returning(),
    );
    if (!row) throw new Error('insert returned nothing');
    return { ...row, campaignCount: 0 };
  });
}

/** PRJ-n with the first n from `start` that the caller has not used. */
async function freeProjectCode(scope: Scope, start: number): Promise<string> {
  const used = new Set(
    (
      await scope.db
        .select({ code: projects.projectCode })
        .from(projects)
        .where(owned(projects, scope))
    ).map((r) => r.code),
  );
  let n = start;
  while (used.has(`PRJ-${n}`)) n++;
  return `PRJ-${n}`;
}

export async function updateProject(
  scope: Scope,
  { id, ...input }: z.infer<typeof updateProjectInput>,
) {
  const changes = definedOnly(input);
  if (Object.keys(changes).length === 0) return getProject(scope, id);
  const [row] = await withUniqueCode(() =>
    scope.db
      .update(projects)
      .set(changes)
      .where(owned(projects, scope, eq(projects.id, id)))
      .returning({ id: projects.id }),
  );
  if (!row) throw notFound('Project');
  return getProject(scope, id);
}

/** Deletes a project; its campaigns move to "Other campaigns" rather than vanish. */
export async function deleteProject(scope: Scope, id: string) {
  return inTransaction(scope, async (tx) => {
    await tx.db
      .update(campaigns)
      .set({ projectId: null })
      .where(owned(campaigns, tx, eq(campaigns.projectId, id)));
    return deleteOwned(tx, projects, id, 'Project');
  });
}

export function reorderProjects(scope: Scope, ids: string[]) {
  return applyOrder(scope, projects, ids, 'Project');
}
