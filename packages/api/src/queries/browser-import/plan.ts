/**
 * What importing a browser-storage file would do for the caller: what it
 * creates, what it skips because the caller has it already (a project by its
 * code, a campaign or team member by its original id), and what it cannot use.
 * Reads only; `applyBrowserImport` writes the plan.
 */
import {
  type BrowserStorageContents,
  LEGACY_COLUMN_WIDTHS_TABLE,
  type LegacyCampaign,
  type LegacyProject,
  type LegacyTeamMember,
  REQUIRED_INTERVIEWER_ROLE,
  type StorageProblem,
} from '@expert-network/contract';
import { schema } from '@expert-network/db';
import { inArray, isNotNull } from 'drizzle-orm';
import { owned, type Scope } from '../../scope';
import { getPreferences } from '../preferences';

const { campaigns, projects, teamMembers } = schema;

const IMPORT_KINDS = [
  'project',
  'campaign',
  'teamMember',
  'requiredInterviewer',
  'timeZone',
  'theme',
  'columnWidths',
] as const;
type ImportKind = (typeof IMPORT_KINDS)[number];

/** One thing the import creates (or skips, with the reason), as a person would name it. */
type ImportLine = { kind: ImportKind; key: string; name: string; detail?: string };

export type ImportReport = {
  /** False for a preview: nothing was written. */
  applied: boolean;
  create: ImportLine[];
  skip: (ImportLine & { reason: string })[];
  /** Entries, or parts of them, that could not be used as they stand, and what was done. */
  problems: StorageProblem[];
  /** What the import leaves out on purpose (sign-in token, call counts), and why. */
  notImported: StorageProblem[];
};

type NewProject = Pick<LegacyProject, 'projectCode' | 'projectName' | 'createdAt' | 'description'>;
type NewCampaign = LegacyCampaign & { defaultTimezone: string | null };
type NewAssignment = { campaignId: string; memberId: string; role: string | null };

export type ImportPlan = {
  report: ImportReport;
  projects: NewProject[];
  campaigns: NewCampaign[];
  teamMembers: LegacyTeamMember[];
  /** Existing team members the file's members turned out to be, by original id. */
  existingMemberIds: Map<string, string>;
  /** Existing projects by code, for the campaigns filed under them. */
  existingProjectIds: Map<string, string>;
  assignments: NewAssignment[];
  preferences: {
    theme?: 'light' | 'dark';
    columnWidths?: Record<string, Record<string, number>>;
  };
};

const callsOf = (c: LegacyCampaign) => {
  const range =
    c.minCalls != null && c.maxCalls != null
      ? `${c.minCalls}–${c.maxCalls} calls`
      : c.maxCalls != null
        ? `up to ${c.maxCalls} calls`
        : c.minCalls != null
          ? `at least ${c.minCalls} calls`
          : null;
  const estimate = c.estimatedCalls != null ? `${c.estimatedCalls} calls estimated` : null;
  return [range, estimate].filter(Boolean).join(', ') || 'no call target';
};

/** Campaigns in the order the original showed them: its `order`, then oldest first. */
const byOriginalOrder = (a: LegacyCampaign, b: LegacyCampaign) =>
  (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
  (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0) ||
  a.key.localeCompare(b.key);

export async function planBrowserImport(
  scope: Scope,
  file: BrowserStorageContents,
): Promise<ImportPlan> {
  const report: ImportReport = {
    applied: false,
    create: [],
    skip: [],
    problems: [...file.problems],
    notImported: [...file.notData],
  };
  const plan: ImportPlan = {
    report,
    projects: [],
    campaigns: [],
    teamMembers: [],
    existingMemberIds: new Map(),
    existingProjectIds: new Map(),
    assignments: [],
    preferences: {},
  };
  await planProjects(scope, file, plan);
  const created = await planCampaigns(scope, file, plan);
  planImpliedProjects(created, plan);
  await planTeam(scope, file, created, plan);
  planPerCampaign(file, created, plan);
  await planPreferences(scope, file, plan);
  // Grouped by kind (projects first), each kind in the order planned.
  const rank = (line: ImportLine) => IMPORT_KINDS.indexOf(line.kind);
  report.create.sort((a, b) => rank(a) - rank(b));
  report.skip.sort((a, b) => rank(a) - rank(b));
  return plan;
}

async function planProjects(scope: Scope, file: BrowserStorageContents, plan: ImportPlan) {
  const codes = [
    ...new Set([
      ...file.projects.map((p) => p.projectCode),
      ...file.campaigns.flatMap((c) => (c.projectCode ? [c.projectCode] : [])),
    ]),
  ];
  const existing = codes.length
    ? await scope.db
        .select({ id: projects.id, code: projects.projectCode, name: projects.projectName })
        .from(projects)
        .where(owned(projects, scope, inArray(projects.projectCode, codes)))
    : [];
  for (const p of existing) plan.existingProjectIds.set(p.code, p.id);
  const planned = new Set<string>();
  for (const p of file.projects) {
    const line = {
      kind: 'project' as const,
      key: p.key,
      name: p.projectName,
      detail: p.projectCode,
    };
    if (plan.existingProjectIds.has(p.projectCode)) {
      plan.report.skip.push({
        ...line,
        reason: `You have a project with the code ${p.projectCode}`,
      });
    } else if (planned.has(p.projectCode)) {
      plan.report.skip.push({
        ...line,
        reason: `The file has ${p.projectCode} twice; the first is used`,
      });
    } else {
      planned.add(p.projectCode);
      plan.projects.push(p);
      plan.report.create.push(line);
    }
  }
}

/** Plans the campaigns to create; returns them by original id. */
async function planCampaigns(scope: Scope, file: BrowserStorageContents, plan: ImportPlan) {
  const ids = file.campaigns.map((c) => c.legacyId);
  const existing = ids.length
    ? await scope.db
        .select({ legacyId: campaigns.legacyId })
        .from(campaigns)
        .where(
          owned(campaigns, scope, isNotNull(campaigns.legacyId), inArray(campaigns.legacyId, ids)),
        )
    : [];
  const imported = new Set(existing.map((c) => c.legacyId));
  const created = new Map<string, NewCampaign>();
  for (const c of [...file.campaigns].sort(byOriginalOrder)) {
    const line = {
      kind: 'campaign' as const,
      key: c.key,
      name: c.campaignName,
      detail: [c.projectCode ?? 'Other campaigns', c.industryVertical, callsOf(c)].join(' · '),
    };
    if (imported.has(c.legacyId)) {
      plan.report.skip.push({ ...line, reason: 'Imported before (same original campaign id)' });
      continue;
    }
    const campaign = { ...c, defaultTimezone: null };
    created.set(c.legacyId, campaign);
    plan.campaigns.push(campaign);
    plan.report.create.push(line);
    if (c.recordedCalls)
      plan.report.notImported.push({
        key: c.key,
        reason: `The old app counted ${c.recordedCalls} calls: this app counts calls from the interviews you log, so these numbers are not imported`,
      });
  }
  return created;
}

/** A campaign filed under a code the file has no project for: the project is made from the code. */
function planImpliedProjects(created: Map<string, NewCampaign>, plan: ImportPlan) {
  const planned = new Set(plan.projects.map((p) => p.projectCode));
  for (const c of created.values()) {
    const code = c.projectCode;
    if (!code || plan.existingProjectIds.has(code) || planned.has(code)) continue;
    planned.add(code);
    plan.projects.push({
      projectCode: code,
      projectName: code,
      createdAt: c.createdAt,
      description: null,
    });
    plan.report.create.push({
      kind: 'project',
      key: c.key,
      name: code,
      detail: `${code} · named after its code: the file has no project_${code} entry`,
    });
  }
}

/** The members of the campaigns being created: found in the caller's team, or new. */
async function planTeam(
  scope: Scope,
  file: BrowserStorageContents,
  created: Map<string, NewCampaign>,
  plan: ImportPlan,
) {
  const needed = new Set([...created.values()].flatMap((c) => c.teamMemberIds));
  for (const r of file.requiredMembers) {
    if (created.has(r.campaignId)) for (const id of r.memberIds) needed.add(id);
  }
  const team = await scope.db
    .select({ id: teamMembers.id, name: teamMembers.name, legacyId: teamMembers.legacyId })
    .from(teamMembers)
    .where(owned(teamMembers, scope));
  const byLegacyId = new Map(team.flatMap((m) => (m.legacyId ? [[m.legacyId, m.id]] : [])));
  const byName = new Map<string, string[]>();
  for (const m of team) {
    const name = m.name.trim().toLowerCase();
    byName.set(name, [...(byName.get(name) ?? []), m.id]);
  }
  for (const m of file.teamMembers) {
    if (!needed.has(m.legacyId)) continue;
    const line = { kind: 'teamMember' as const, key: `team member ${m.legacyId}`, name: m.name };
    const sameName = byName.get(m.name.trim().toLowerCase()) ?? [];
    const found = byLegacyId.get(m.legacyId) ?? (sameName.length === 1 ? sameName[0] : undefined);
    if (found) {
      plan.existingMemberIds.set(m.legacyId, found);
      plan.report.skip.push({ ...line, reason: 'Already in your team' });
    } else {
      plan.teamMembers.push(m);
      plan.report.create.push({ ...line, ...(m.designation ? { detail: m.designation } : {}) });
    }
  }
}

/** Team assignments, required interviewers and time zones of the campaigns being created. */
function planPerCampaign(
  file: BrowserStorageContents,
  created: Map<string, NewCampaign>,
  plan: ImportPlan,
) {
  const members = new Map(file.teamMembers.map((m) => [m.legacyId, m]));
  const campaignNames = new Map(file.campaigns.map((c) => [c.legacyId, c.campaignName]));
  const required = new Map(file.requiredMembers.map((r) => [r.campaignId, new Set(r.memberIds)]));
  /** Why a per-campaign entry does nothing, or null when its campaign is being created. */
  const unused = (campaignId: string) =>
    created.has(campaignId)
      ? null
      : campaignNames.has(campaignId)
        ? 'Its campaign was imported before'
        : `The file has no campaign_${campaignId}`;

  for (const c of created.values()) {
    const mustJoin = required.get(c.legacyId) ?? new Set<string>();
    for (const memberId of new Set([...c.teamMemberIds, ...mustJoin])) {
      if (!members.has(memberId)) continue;
      plan.assignments.push({
        campaignId: c.legacyId,
        memberId,
        role: mustJoin.has(memberId) ? REQUIRED_INTERVIEWER_ROLE : null,
      });
    }
  }
  for (const r of file.requiredMembers) {
    const reason = unused(r.campaignId);
    for (const memberId of r.memberIds) {
      const member = members.get(memberId);
      const line = {
        kind: 'requiredInterviewer' as const,
        key: r.key,
        name: member?.name ?? memberId,
        detail: campaignNames.get(r.campaignId) ?? r.campaignId,
      };
      if (reason) plan.report.skip.push({ ...line, reason });
      else if (!member)
        plan.report.problems.push({
          key: r.key,
          reason: `Team member ${memberId} is in no campaign's team in the file: not imported`,
        });
      else plan.report.create.push(line);
    }
  }
  for (const t of file.timeZones) {
    const reason = unused(t.campaignId);
    const campaign = created.get(t.campaignId);
    const line = {
      kind: 'timeZone' as const,
      key: t.key,
      name: t.timeZone,
      detail: campaignNames.get(t.campaignId) ?? t.campaignId,
    };
    if (reason) plan.report.skip.push({ ...line, reason });
    else if (campaign) {
      campaign.defaultTimezone = t.timeZone;
      plan.report.create.push(line);
    }
  }
}

async function planPreferences(scope: Scope, file: BrowserStorageContents, plan: ImportPlan) {
  if (!file.theme && !file.columnWidths) return;
  const current = await getPreferences(scope);
  if (file.theme) {
    const line = { kind: 'theme' as const, key: file.theme.key, name: file.theme.theme };
    if (current.theme === file.theme.theme)
      plan.report.skip.push({ ...line, reason: `Your theme is ${current.theme} already` });
    else {
      plan.preferences.theme = file.theme.theme;
      plan.report.create.push({ ...line, detail: `instead of ${current.theme}` });
    }
  }
  if (file.columnWidths) {
    const { key, widths } = file.columnWidths;
    const line = {
      kind: 'columnWidths' as const,
      key,
      name: Object.entries(widths)
        .map(([column, px]) => `${column} ${px} px`)
        .join(', '),
      detail: 'the campaign list',
    };
    if (current.columnWidths[LEGACY_COLUMN_WIDTHS_TABLE])
      plan.report.skip.push({ ...line, reason: 'You have saved widths for this list already' });
    else {
      plan.preferences.columnWidths = {
        ...current.columnWidths,
        [LEGACY_COLUMN_WIDTHS_TABLE]: widths,
      };
      plan.report.create.push(line);
    }
  }
}
