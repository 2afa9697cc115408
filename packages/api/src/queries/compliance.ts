/**
 * Compliance: a project's rules, the user's do-not-contact list, approvals of
 * flagged experts, and the gate every shortlisting and booking passes. Any
 * change of rules re-checks the experts it touches in the same transaction.
 */
import {
  type addDoNotContactInput,
  approvalCovers,
  type approveExpertInput,
  type ComplianceReason,
  reasonKey,
  type updateProjectRulesInput,
} from '@expert-network/contract';
import { checkExperts, type ExpertCheck, projectRulesOrDefault, schema } from '@expert-network/db';
import { asc, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { conflict, invalid, preconditionFailed } from '../errors';
import { definedOnly, inTransaction, owned, type Scope } from '../scope';
import { deleteOwned, requireExpert, requireProject } from './guards';

const { doNotContactEntries, expertApprovals, projectComplianceRules, user } = schema;

/** How many of the re-checked experts came out clear, flagged and blocked. */
function tally(checks: ExpertCheck[]) {
  const counts = { checked: checks.length, clear: 0, flagged: 0, blocked: 0 };
  for (const c of checks) if (c.status !== 'unchecked') counts[c.status] += 1;
  return counts;
}

export async function getProjectRules(scope: Scope, projectId: string) {
  await requireProject(scope, projectId);
  const [row] = await scope.db
    .select()
    .from(projectComplianceRules)
    .where(owned(projectComplianceRules, scope, eq(projectComplianceRules.projectId, projectId)));
  return { projectId, ...projectRulesOrDefault(row) };
}

export function updateProjectRules(
  scope: Scope,
  { projectId, ...input }: z.infer<typeof updateProjectRulesInput>,
) {
  return inTransaction(scope, async (tx) => {
    await requireProject(tx, projectId);
    const changes = definedOnly(input);
    await tx.db
      .insert(projectComplianceRules)
      .values({ ...changes, projectId, userId: tx.userId })
      .onConflictDoUpdate({
        target: [projectComplianceRules.userId, projectComplianceRules.projectId],
        set: changes,
      });
    const rechecked = tally(await checkExperts(tx.db, tx.userId, { projectId }));
    return { rules: await getProjectRules(tx, projectId), rechecked };
  });
}

export function listDoNotContact(scope: Scope) {
  return scope.db
    .select()
    .from(doNotContactEntries)
    .where(owned(doNotContactEntries, scope))
    .orderBy(asc(doNotContactEntries.kind), asc(doNotContactEntries.name));
}

export function addDoNotContact(scope: Scope, input: z.infer<typeof addDoNotContactInput>) {
  return inTransaction(scope, async (tx) => {
    const [entry] = await tx.db
      .insert(doNotContactEntries)
      .values({ ...input, userId: tx.userId })
      .onConflictDoNothing()
      .returning();
    if (!entry) throw conflict('name', `${input.name} is already on your do-not-contact list`);
    const rechecked = tally(await checkExperts(tx.db, tx.userId, { everyExpert: true }));
    return { entry, rechecked };
  });
}

export function removeDoNotContact(scope: Scope, id: string) {
  return inTransaction(scope, async (tx) => {
    await deleteOwned(tx, doNotContactEntries, id, 'Do-not-contact entry');
    const rechecked = tally(await checkExperts(tx.db, tx.userId, { everyExpert: true }));
    return { id, rechecked };
  });
}

/** Checks one expert now (rules may have changed since the stored check) and stores the result. */
async function checkNow(tx: Scope, expertId: string): Promise<ExpertCheck> {
  const [check] = await checkExperts(tx.db, tx.userId, { expertIds: [expertId] });
  if (!check) throw new Error('expert vanished while locked');
  return check;
}

const listed = (reasons: ComplianceReason[]) => reasons.map((r) => r.message).join(' ');

async function latestApproval(tx: Scope, expertId: string) {
  const [row] = await tx.db
    .select()
    .from(expertApprovals)
    .where(owned(expertApprovals, tx, eq(expertApprovals.expertId, expertId)))
    .orderBy(desc(expertApprovals.approvedAt), desc(expertApprovals.id))
    .limit(1);
  return row;
}

/**
 * The gate before an expert moves on, for one expert or many (bulk actions
 * call it once per expert): re-checked now, a blocked expert is neither
 * shortlisted nor booked, and a flagged one is booked only with an approval
 * that covers every reason they are flagged for. Run with the expert locked.
 */
export async function requireCompliant(
  tx: Scope,
  expert: { id: string; name: string },
  action: 'shortlist' | 'book',
) {
  const check = await checkNow(tx, expert.id);
  if (check.status === 'blocked') {
    const verb = action === 'book' ? 'booked' : 'shortlisted';
    throw preconditionFailed(
      `${expert.name} is blocked by compliance and cannot be ${verb}. ${listed(check.reasons.filter((r) => r.severity === 'block'))}`,
    );
  }
  if (action === 'book' && check.status === 'flagged') {
    const approval = await latestApproval(tx, expert.id);
    if (!approval || !approvalCovers(approval.reasonKeys, check.reasons)) {
      throw preconditionFailed(
        `${expert.name} is flagged by compliance: approve them with a reason before booking. ${listed(check.reasons)}`,
      );
    }
  }
  return check;
}

export function approveExpert(scope: Scope, input: z.infer<typeof approveExpertInput>) {
  return inTransaction(scope, async (tx) => {
    const expert = await requireExpert(tx, input.expertId, { forUpdate: true });
    const check = await checkNow(tx, expert.id);
    if (check.status === 'blocked') {
      throw preconditionFailed(
        `${expert.name} is blocked by compliance; a block cannot be approved. ${listed(check.reasons)}`,
      );
    }
    if (check.status !== 'flagged') {
      throw invalid('expertId', `${expert.name} is clear: there is nothing to approve`);
    }
    const [approval] = await tx.db
      .insert(expertApprovals)
      .values({
        userId: tx.userId,
        campaignId: expert.campaignId,
        expertId: expert.id,
        approvedBy: tx.userId,
        reason: input.reason,
        reasonKeys: check.reasons.map(reasonKey),
        reasons: check.reasons,
      })
      .returning();
    return approval;
  });
}

/** An expert's approvals, newest first, each saying whether it still covers the current reasons. */
export async function listApprovals(scope: Scope, expertId: string) {
  const expert = await requireExpert(scope, expertId);
  const rows = await scope.db
    .select({
      ...getTableColumns(expertApprovals),
      // The approver's name while the account exists.
      approvedByName: sql<string>`coalesce(${user.name}, ${expertApprovals.approvedBy})`,
    })
    .from(expertApprovals)
    .leftJoin(user, eq(user.id, expertApprovals.approvedBy))
    .where(owned(expertApprovals, scope, eq(expertApprovals.expertId, expertId)))
    .orderBy(desc(expertApprovals.approvedAt), desc(expertApprovals.id));
  return rows.map((row, index) => ({
    ...row,
    current:
      index === 0 &&
      expert.complianceStatus === 'flagged' &&
      approvalCovers(row.reasonKeys, expert.complianceReasons),
  }));
}

/** Checks experts just written (created by hand or imported) in the writing transaction. */
export const checkOnArrival = (tx: Scope, expertIds: string[]) =>
  checkExperts(tx.db, tx.userId, { expertIds });
