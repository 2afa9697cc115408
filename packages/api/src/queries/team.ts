import {
  type assignmentInput,
  type createTeamMemberInput,
  type listTeamInput,
  PAGE_SIZE,
  type updateTeamMemberInput,
} from '@expert-network/contract';
import { sameOwnerJoin, schema } from '@expert-network/db';
import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { conflict, notFound, postgresCode } from '../errors';
import { definedOnly, inTransaction, owned, type Scope } from '../scope';
import { deleteOwned, requireCampaign, requireTeamMember } from './guards';
import { after, decodeCursor, pageOf, rowsToFetch } from './paging';

const { campaignTeamAssignments: assignments, interviews, teamMembers } = schema;

/** One email per member of a user's team: a clash names the field. */
async function withUniqueEmail<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (postgresCode(error) === '23505')
      throw conflict('email', 'A team member already has this email');
    throw error;
  }
}

/** A page of the team by name, with how many campaigns each member is assigned to. */
export async function listTeam(scope: Scope, input: z.infer<typeof listTeamInput>) {
  const limit = input?.limit ?? PAGE_SIZE;
  const cursor = input?.cursor ? decodeCursor(input.cursor, 'string') : undefined;
  const stats = scope.db
    .select({ campaignCount: sql<number>`count(*)::int`.as('campaign_count') })
    .from(assignments)
    .where(
      and(eq(assignments.teamMemberId, teamMembers.id), eq(assignments.userId, teamMembers.userId)),
    )
    .as('member_stats');
  const rows = await scope.db
    .select({ ...getTableColumns(teamMembers), campaignCount: stats.campaignCount })
    .from(teamMembers)
    .crossJoinLateral(stats)
    .where(owned(teamMembers, scope, after(teamMembers.name, teamMembers.id, cursor)))
    .orderBy(asc(teamMembers.name), asc(teamMembers.id))
    .limit(rowsToFetch(limit));
  return pageOf(rows, limit, (m) => m.name);
}

export async function createTeamMember(scope: Scope, input: z.infer<typeof createTeamMemberInput>) {
  const [row] = await withUniqueEmail(() =>
    scope.db
      .insert(teamMembers)
      .values({ ...input, userId: scope.userId })
      .returning(),
  );
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateTeamMember(
  scope: Scope,
  { id, ...input }: z.infer<typeof updateTeamMemberInput>,
) {
  const changes = definedOnly(input);
  if (Object.keys(changes).length === 0) {
    const [member] = await scope.db
      .select()
      .from(teamMembers)
      .where(owned(teamMembers, scope, eq(teamMembers.id, id)));
    if (!member) throw notFound('Team member');
    return member;
  }
  const [row] = await withUniqueEmail(() =>
    scope.db
      .update(teamMembers)
      .set(changes)
      .where(owned(teamMembers, scope, eq(teamMembers.id, id)))
      .returning(),
  );
  if (!row) throw notFound('Team member');
  return row;
}

/** Removes a member from the team; their interviews stay, without an interviewer. */
export async function deleteTeamMember(scope: Scope, id: string) {
  return inTransaction(scope, async (tx) => {
    await tx.db
      .update(interviews)
      .set({ teamMemberId: null })
      .where(owned(interviews, tx, eq(interviews.teamMemberId, id)));
    return deleteOwned(tx, teamMembers, id, 'Team member');
  });
}

/** Assigns a member to a campaign; assigning again updates the role. */
export async function assignTeamMember(scope: Scope, input: z.infer<typeof assignmentInput>) {
  return inTransaction(scope, async (tx) => {
    await requireCampaign(tx, input.campaignId);
    await requireTeamMember(tx, input.teamMemberId);
    const [row] = await tx.db
      .insert(assignments)
      .values({ ...input, userId: tx.userId })
      .onConflictDoUpdate({
        target: [assignments.userId, assignments.campaignId, assignments.teamMemberId],
        set: { role: sql`coalesce(excluded.role, ${assignments.role})` },
      })
      .returning();
    if (!row) throw new Error('upsert returned nothing');
    return row;
  });
}

export async function unassignTeamMember(
  scope: Scope,
  input: { campaignId: string; teamMemberId: string },
) {
  const [row] = await scope.db
    .delete(assignments)
    .where(
      owned(
        assignments,
        scope,
        eq(assignments.campaignId, input.campaignId),
        eq(assignments.teamMemberId, input.teamMemberId),
      ),
    )
    .returning({ id: assignments.id });
  if (!row) throw notFound('Assignment');
  return row;
}

export async function teamForCampaign(scope: Scope, campaignId: string) {
  await requireCampaign(scope, campaignId);
  return scope.db
    .select({
      ...getTableColumns(teamMembers),
      role: assignments.role,
      assignedAt: assignments.assignedAt,
    })
    .from(assignments)
    .innerJoin(
      teamMembers,
      sameOwnerJoin(teamMembers, assignments.teamMemberId, assignments.userId),
    )
    .where(owned(assignments, scope, eq(assignments.campaignId, campaignId)))
    .orderBy(asc(teamMembers.name));
}
