/**
 * Reads the original app's browser storage (see `browserStorage`) entry by
 * entry. Pure: no database, so the browser and the server read a file alike.
 * An entry that cannot be used is reported with the reason, never fatal; a
 * field that cannot be used is left out of its entry and reported too.
 */
import { z } from 'zod';
import type { BrowserStorage } from './schemas/browser-import';
import { isTimeZone } from './schemas/common';
import { projectCode as projectCodeSchema } from './schemas/project';

/** An entry, or a part of one, that is not imported as it stands, and why. */
export type StorageProblem = { key: string; reason: string };

export type LegacyProject = {
  key: string;
  projectCode: string;
  projectName: string;
  description: string | null;
  createdAt: Date | null;
};

export type LegacyTeamMember = {
  /** The original's member id (or `name:<name>` when it had none): the same person across campaigns. */
  legacyId: string;
  name: string;
  designation: string | null;
  avatarUrl: string | null;
};

export type LegacyCampaign = {
  key: string;
  legacyId: string;
  campaignName: string;
  projectCode: string | null;
  industryVertical: string;
  startDate: string | null;
  targetCompletionDate: string | null;
  minCalls: number | null;
  maxCalls: number | null;
  estimatedCalls: number | null;
  targetRegions: string[];
  order: number | null;
  createdAt: Date | null;
  teamMemberIds: string[];
  /** The call counts the original kept ("3 completed, 1 scheduled"); this app counts interviews instead. */
  recordedCalls: string | null;
};

export type BrowserStorageContents = {
  projects: LegacyProject[];
  campaigns: LegacyCampaign[];
  /** Every distinct team member of every campaign, once. */
  teamMembers: LegacyTeamMember[];
  requiredMembers: { key: string; campaignId: string; memberIds: string[] }[];
  timeZones: { key: string; campaignId: string; timeZone: string }[];
  theme: { key: string; theme: 'light' | 'dark' } | null;
  /** The original's campaign-table column widths, in px by column. */
  columnWidths: { key: string; widths: Record<string, number> } | null;
  problems: StorageProblem[];
  /** Keys the original kept that are not data (a sign-in token, a debug switch). */
  notData: StorageProblem[];
};

const NOT_DATA: Record<string, string> = {
  jwt: "The old app's sign-in token: not data, and never imported",
  'debug-ui': 'A debugging switch of the old app: not data',
};

/** Where this app keeps the original's campaign-table column widths. */
export const LEGACY_COLUMN_WIDTHS_TABLE = 'campaigns';
const COLUMN_WIDTH = { min: 20, max: 2_000 };
const MAX_COLUMNS = 100;
const LEGACY_ID_MAX = 200;
/** As `callCount` allows. */
const MAX_CALL_COUNT = 10_000;

const jsonObject = z.record(z.string(), z.unknown());
const legacyId = z
  .union([z.string().trim().min(1).max(LEGACY_ID_MAX), z.number()])
  .transform(String);
const legacyMember = z.object({
  id: legacyId.optional().catch(undefined),
  name: z.string().trim().min(1),
  designation: z.string().nullish().catch(null),
  avatar: z.string().nullish().catch(null),
});
const webAddress = z.url({ protocol: /^https?$/ }).max(2_000);

type Json = { ok: true; value: unknown } | { ok: false };
function parseJson(text: string): Json {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** A string stored raw (`dark`) or JSON-encoded (`"dark"`). */
function plainString(text: string): string {
  const parsed = parseJson(text);
  return parsed.ok && typeof parsed.value === 'string' ? parsed.value : text;
}

/** Trimmed text, or null; cut to `max` characters with a problem said. */
function readText(
  value: unknown,
  max: number,
  where: { key: string; field: string; problems: StorageProblem[] },
): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const text = value.trim();
  if (text.length <= max) return text;
  where.problems.push({
    key: where.key,
    reason: `${where.field} is longer than ${max} characters: cut to ${max}`,
  });
  return text.slice(0, max);
}

/** ISO instant, or null. */
function readInstant(value: unknown): Date | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** `YYYY-MM-DD` from a date or an ISO date-time string (the original saved both). */
function readDay(value: unknown): string | null | undefined {
  if (value == null || value === '') return null;
  if (typeof value !== 'string') return undefined;
  const day = value.trim().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day) ? day : undefined;
}

/** A whole number of calls (numbers or numeric strings), or null. */
function readCount(value: unknown): number | null | undefined {
  if (value == null || value === '') return null;
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_CALL_COUNT)
    return undefined;
  return n;
}

function readProject(key: string, text: string, out: BrowserStorageContents) {
  const parsed = parseJson(text);
  const value = parsed.ok ? jsonObject.safeParse(parsed.value) : undefined;
  if (!value?.success) {
    out.problems.push({ key, reason: 'Not a project: the value is not a JSON object' });
    return;
  }
  const v = value.data;
  const rawCode = typeof v.projectCode === 'string' ? v.projectCode : key.slice('project_'.length);
  const code = projectCodeSchema.safeParse(rawCode);
  if (!code.success) {
    out.problems.push({
      key,
      reason: `Project code "${rawCode}" cannot be used: letters, digits, dot, dash or underscore, at most 40`,
    });
    return;
  }
  const where = { key, field: 'projectName', problems: out.problems };
  let projectName = readText(v.projectName, 200, where);
  if (!projectName) {
    out.problems.push({ key, reason: 'The project has no name: named after its code' });
    projectName = code.data;
  }
  out.projects.push({
    key,
    projectCode: code.data,
    projectName,
    description: readText(v.description, 5_000, { ...where, field: 'description' }),
    createdAt: readInstant(v.createdAt),
  });
}

function readCampaign(key: string, text: string, out: BrowserStorageContents) {
  const parsed = parseJson(text);
  const value = parsed.ok ? jsonObject.safeParse(parsed.value) : undefined;
  if (!value?.success) {
    out.problems.push({ key, reason: 'Not a campaign: the value is not a JSON object' });
    return;
  }
  const v = value.data;
  const id = legacyId.safeParse(key.slice('campaign_'.length) || v.id);
  if (!id.success) {
    out.problems.push({ key, reason: 'The campaign has no id, or one longer than 200 characters' });
    return;
  }
  const problem = (reason: string) => out.problems.push({ key, reason });
  const where = { key, field: 'campaignName', problems: out.problems };
  const campaignName = readText(v.campaignName, 200, where);
  if (!campaignName) {
    problem('The campaign has no name: not imported');
    return;
  }

  let projectCode: string | null = null;
  if (typeof v.projectCode === 'string' && v.projectCode.trim()) {
    const code = projectCodeSchema.safeParse(v.projectCode);
    if (code.success) projectCode = code.data;
    else
      problem(
        `Project code "${v.projectCode}" cannot be used: the campaign goes under Other campaigns`,
      );
  }

  let industryVertical = readText(v.industryVertical, 120, { ...where, field: 'industryVertical' });
  if (!industryVertical) {
    problem('No industry: imported as "Unspecified"');
    industryVertical = 'Unspecified';
  }

  const days = {
    startDate: readDay(v.startDate),
    targetCompletionDate: readDay(v.targetCompletionDate),
  };
  for (const [field, day] of Object.entries(days)) {
    if (day === undefined) problem(`${field} "${String(v[field])}" is not a date: left empty`);
  }
  let startDate = days.startDate ?? null;
  let targetCompletionDate = days.targetCompletionDate ?? null;
  if (startDate && targetCompletionDate && startDate > targetCompletionDate) {
    problem(`The target date ${targetCompletionDate} is before the start ${startDate}: swapped`);
    [startDate, targetCompletionDate] = [targetCompletionDate, startDate];
  }

  const calls = {
    minCalls: readCount(v.minCalls),
    maxCalls: readCount(v.maxCalls),
    estimatedCalls: readCount(v.estimatedCalls),
  };
  for (const [field, count] of Object.entries(calls)) {
    if (count === undefined)
      problem(`${field} "${String(v[field])}" is not a whole number of calls: left empty`);
  }
  let minCalls = calls.minCalls ?? null;
  let maxCalls = calls.maxCalls ?? null;
  if (minCalls != null && maxCalls != null && minCalls > maxCalls) {
    problem(`minCalls ${minCalls} is more than maxCalls ${maxCalls}: swapped`);
    [minCalls, maxCalls] = [maxCalls, minCalls];
  }

  const regions = z
    .array(z.string().trim().min(1).max(100))
    .max(50)
    .safeParse(v.targetRegions ?? []);
  if (!regions.success) problem('targetRegions is not a list of region names: left empty');

  out.campaigns.push({
    key,
    legacyId: id.data,
    campaignName,
    projectCode,
    industryVertical,
    startDate,
    targetCompletionDate,
    minCalls,
    maxCalls,
    estimatedCalls: calls.estimatedCalls ?? null,
    targetRegions: regions.success ? regions.data : [],
    order: typeof v.order === 'number' && Number.isFinite(v.order) ? v.order : null,
    createdAt: readInstant(v.createdAt),
    teamMemberIds: readTeam(key, v.teamMembers, out),
    recordedCalls: recordedCalls(v),
  });
}

function recordedCalls(v: Record<string, unknown>): string | null {
  const counts = (['completed', 'scheduled', 'cancelled'] as const)
    .map((kind) => [kind, readCount(v[`${kind}Calls`])] as const)
    .filter(([, n]) => n)
    .map(([kind, n]) => `${n} ${kind}`);
  return counts.length ? counts.join(', ') : null;
}

/** The campaign's team: members are added to the file-wide list once, by id. */
function readTeam(key: string, value: unknown, out: BrowserStorageContents): string[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    out.problems.push({ key, reason: 'teamMembers is not a list: no team imported' });
    return [];
  }
  const ids: string[] = [];
  value.forEach((raw, index) => {
    const member = legacyMember.safeParse(raw);
    if (!member.success) {
      out.problems.push({ key, reason: `teamMembers[${index}] has no name: left out` });
      return;
    }
    const { id, name, designation, avatar } = member.data;
    const memberId = id ?? `name:${name.toLowerCase()}`;
    if (!ids.includes(memberId)) ids.push(memberId);
    if (out.teamMembers.some((m) => m.legacyId === memberId)) return;
    const where = { key, field: `teamMembers[${index}].name`, problems: out.problems };
    const avatarUrl = avatar ? webAddress.safeParse(avatar) : undefined;
    if (avatarUrl && !avatarUrl.success)
      out.problems.push({
        key,
        reason: `The avatar of ${name} is not a web address: imported without it`,
      });
    out.teamMembers.push({
      legacyId: memberId,
      name: readText(name, 200, where) ?? name,
      designation: readText(designation, 120, {
        ...where,
        field: `teamMembers[${index}].designation`,
      }),
      avatarUrl: avatarUrl?.success ? avatarUrl.data : null,
    });
  });
  return ids;
}

function readRequiredMembers(key: string, text: string, out: BrowserStorageContents) {
  const parsed = parseJson(text);
  const ids = parsed.ok ? z.array(legacyId).max(1_000).safeParse(parsed.value) : undefined;
  if (!ids?.success) {
    out.problems.push({ key, reason: 'Not a list of team member ids' });
    return;
  }
  out.requiredMembers.push({
    key,
    campaignId: key.slice('required_members_'.length),
    memberIds: [...new Set(ids.data)],
  });
}

function readTimeZone(key: string, text: string, out: BrowserStorageContents) {
  const zone = plainString(text).trim();
  if (!zone || zone.length > 64 || !isTimeZone(zone)) {
    out.problems.push({ key, reason: `"${zone.slice(0, 64)}" is not a known time zone` });
    return;
  }
  // An obsolete name (US/Pacific-New, EST5EDT) becomes the zone it stands for today.
  const current = Intl.supportedValuesOf('timeZone').includes(zone)
    ? zone
    : new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  if (current !== zone)
    out.problems.push({ key, reason: `"${zone}" is an obsolete name: imported as ${current}` });
  out.timeZones.push({ key, campaignId: key.slice('timezone_'.length), timeZone: current });
}

function readTheme(key: string, text: string, out: BrowserStorageContents) {
  const theme = plainString(text).trim();
  if (theme === 'light' || theme === 'dark') out.theme = { key, theme };
  else
    out.problems.push({ key, reason: `Theme "${theme.slice(0, 40)}" is neither light nor dark` });
}

function readColumnWidths(key: string, text: string, out: BrowserStorageContents) {
  const parsed = parseJson(text);
  const value = parsed.ok ? jsonObject.safeParse(parsed.value) : undefined;
  if (!value?.success) {
    out.problems.push({ key, reason: 'Column widths are not a JSON object' });
    return;
  }
  const widths: Record<string, number> = {};
  const columns = Object.entries(value.data);
  if (columns.length > MAX_COLUMNS)
    out.problems.push({
      key,
      reason: `More than ${MAX_COLUMNS} columns: the first ${MAX_COLUMNS} are used`,
    });
  for (const [column, width] of columns.slice(0, MAX_COLUMNS)) {
    if (
      column.length <= 100 &&
      typeof width === 'number' &&
      width >= COLUMN_WIDTH.min &&
      width <= COLUMN_WIDTH.max
    )
      widths[column] = Math.round(width);
    else
      out.problems.push({
        key,
        reason: `Column "${column.slice(0, 100)}": ${JSON.stringify(width)?.slice(0, 40)} is not a width of ${COLUMN_WIDTH.min}-${COLUMN_WIDTH.max} px`,
      });
  }
  if (Object.keys(widths).length) out.columnWidths = { key, widths };
}

/** A NUL character, raw or JSON-escaped: PostgreSQL text cannot store one. */
const hasNul = (text: string) => text.includes('\0') || /\\u0000/i.test(text);

const READERS: [prefix: string, read: typeof readProject][] = [
  ['project_', readProject],
  ['campaign_', readCampaign],
  ['required_members_', readRequiredMembers],
  ['timezone_', readTimeZone],
];

/** What a browser-storage file holds, entry by entry, with every problem named. */
export function readBrowserStorage(items: BrowserStorage): BrowserStorageContents {
  const out: BrowserStorageContents = {
    projects: [],
    campaigns: [],
    teamMembers: [],
    requiredMembers: [],
    timeZones: [],
    theme: null,
    columnWidths: null,
    problems: [],
    notData: [],
  };
  for (const [key, text] of Object.entries(items)) {
    const notData = NOT_DATA[key];
    const reader = READERS.find(([prefix]) => key.startsWith(prefix))?.[1];
    if (notData) out.notData.push({ key, reason: notData });
    else if (hasNul(key) || hasNul(text))
      out.problems.push({ key, reason: 'Holds a NUL character, which text cannot hold' });
    else if (key === 'theme') readTheme(key, text, out);
    else if (/column[-_]?widths/i.test(key)) readColumnWidths(key, text, out);
    else if (reader) reader(key, text, out);
    else out.problems.push({ key, reason: 'Not one of the keys the original app stored' });
  }
  return out;
}
