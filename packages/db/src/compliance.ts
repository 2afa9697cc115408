/**
 * Checks a user's experts against the rules in force (their campaign's
 * project rules and the user's do-not-contact list) with the pure rules of
 * @expert-network/contract, and stores each result on the expert. Shared by
 * the API (on create, on a change of rules, at the gate) and the simulator (on
 * delivery); run it in the transaction that made the change.
 */
import {
  type ComplianceReason,
  type ComplianceRules,
  type ComplianceStatus,
  checkCompliance,
  DEFAULT_COMPLIANCE_SETTINGS,
} from '@expert-network/contract';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database, Executor } from './client';
import { campaigns, doNotContactEntries, experts, projectComplianceRules } from './schema';

type ProjectRules = Omit<ComplianceRules, 'doNotContact'>;

/** A project's rules; without a stored row, the defaults and no companies. */
export function projectRulesOrDefault(
  row: typeof projectComplianceRules.$inferSelect | undefined,
): ProjectRules {
  return {
    ...DEFAULT_COMPLIANCE_SETTINGS,
    targetCompany: row?.targetCompany ?? null,
    competitors: row?.competitors ?? [],
    sensitiveCompanies: row?.sensitiveCompanies ?? [],
    ...(row && {
      blockCurrentTargetEmployees: row.blockCurrentTargetEmployees,
      coolingOffMonths: row.coolingOffMonths,
      flagCurrentCompetitorEmployees: row.flagCurrentCompetitorEmployees,
      blockGovernmentOfficials: row.blockGovernmentOfficials,
      flagMissingAttestation: row.flagMissingAttestation,
    }),
  };
}

/** Which of the user's experts to check. */
export type ExpertSelection =
  | { expertIds: string[] }
  | { projectId: string }
  | { everyExpert: true };

export type ExpertCheck = { id: string; status: ComplianceStatus; reasons: ComplianceReason[] };

function selectionCondition(selection: ExpertSelection): SQL | undefined {
  if ('expertIds' in selection) return inArray(experts.id, selection.expertIds);
  if ('projectId' in selection) return eq(campaigns.projectId, selection.projectId);
  return undefined;
}

export async function checkExperts(
  db: Executor,
  userId: string,
  selection: ExpertSelection,
  asOf = new Date(),
): Promise<ExpertCheck[]> {
  if ('expertIds' in selection && selection.expertIds.length === 0) return [];
  const rows = await db
    .select({
      id: experts.id,
      name: experts.name,
      workHistory: experts.workHistory,
      attestedAt: experts.attestedAt,
      projectId: campaigns.projectId,
    })
    .from(experts)
    .innerJoin(
      campaigns,
      and(eq(campaigns.id, experts.campaignId), eq(campaigns.userId, experts.userId)),
    )
    .where(and(eq(experts.userId, userId), selectionCondition(selection)));
  if (rows.length === 0) return [];

  const projectIds = [...new Set(rows.flatMap((r) => (r.projectId ? [r.projectId] : [])))];
  const [ruleRows, doNotContact] = await Promise.all([
    projectIds.length
      ? db
          .select()
          .from(projectComplianceRules)
          .where(
            and(
              eq(projectComplianceRules.userId, userId),
              inArray(projectComplianceRules.projectId, projectIds),
            ),
          )
      : [],
    db
      .select({ kind: doNotContactEntries.kind, name: doNotContactEntries.name })
      .from(doNotContactEntries)
      .where(eq(doNotContactEntries.userId, userId)),
  ]);
  const list = {
    people: doNotContact.filter((e) => e.kind === 'person').map((e) => e.name),
    companies: doNotContact.filter((e) => e.kind === 'company').map((e) => e.name),
  };
  const byProject = new Map(ruleRows.map((r) => [r.projectId, r]));

  const checks = rows.map((row): ExpertCheck => {
    const rules = {
      ...projectRulesOrDefault(byProject.get(row.projectId ?? '')),
      doNotContact: list,
    };
    const subject = {
      name: row.name,
      workHistory: row.workHistory,
      attested: row.attestedAt !== null,
    };
    return { id: row.id, ...checkCompliance(subject, rules, asOf) };
  });
  // One statement for every expert checked.
  await db.execute(sql`
    UPDATE ${experts} AS e
    SET compliance_status = c.status::expert_network.compliance_status,
        compliance_reasons = c.reasons,
        compliance_checked_at = now()
    FROM jsonb_to_recordset(${JSON.stringify(checks)}::jsonb) AS c(id uuid, status text, reasons jsonb)
    WHERE e.id = c.id AND e.user_id = ${userId}`);
  return checks;
}

/**
 * Experts never checked (stored before compliance existed, or written by a
 * path that does not check): checked now, one user at a time. Run at start-up.
 */
export async function checkUncheckedExperts(db: Database): Promise<number> {
  const waiting = await db
    .select({ id: experts.id, userId: experts.userId })
    .from(experts)
    .where(eq(experts.complianceStatus, 'unchecked'));
  let checked = 0;
  for (const userId of new Set(waiting.map((e) => e.userId))) {
    const expertIds = waiting.filter((e) => e.userId === userId).map((e) => e.id);
    checked += (await db.transaction((tx) => checkExperts(tx, userId, { expertIds }))).length;
  }
  return checked;
}
