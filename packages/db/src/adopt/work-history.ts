/**
 * The original kept an expert's career as free text. Where every line reads as
 * a role with a month range (or the text is a JSON list of roles), it becomes
 * our structured entries; otherwise the text is kept as written.
 */
import { workHistoryEntry } from '@expert-network/contract';
import type { WorkHistoryEntry } from '../schema/experts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:\d{4}[-/]\d{1,2}|[A-Za-z]{3,9}\.? \d{4})`;
const OPEN_END = 'present|current|now|today';
const LINE = new RegExp(
  String.raw`^(?<title>.+?)\s*(?:,|\sat\s|\s@\s)\s*(?<company>.+?)\s*[,(]?\s*(?<from>${MONTH})\s*(?:-|–|—|to)\s*(?<to>${MONTH}|${OPEN_END})\s*\)?\.?$`,
  'i',
);
const MAX_ENTRIES = 30;

/** `2019-4`, `2019/04`, `Apr 2019`, `April 2019` → `2019-04`; a bare year is not a month. */
function toMonth(value: string): string | null {
  const numeric = /^(\d{4})[-/](\d{1,2})$/.exec(value);
  if (numeric) return `${numeric[1]}-${numeric[2]?.padStart(2, '0')}`;
  const named = /^([A-Za-z]{3,9})\.? (\d{4})$/.exec(value);
  const month = named ? MONTHS.indexOf(named[1]?.slice(0, 3).toLowerCase() ?? '') : -1;
  return named && month >= 0 ? `${named[2]}-${String(month + 1).padStart(2, '0')}` : null;
}

function toEnd(value: unknown): string | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string') return undefined;
  return new RegExp(`^(${OPEN_END})$`, 'i').test(value.trim())
    ? null
    : (toMonth(value.trim()) ?? undefined);
}

function fromJson(text: string): unknown[] | null {
  if (!text.trimStart().startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

function jsonEntry(item: unknown): unknown {
  if (typeof item !== 'object' || item === null) return null;
  const r = item as Record<string, unknown>;
  const from = r.from ?? r.start ?? r.startDate;
  return {
    company: typeof r.company === 'string' ? r.company.trim() : r.company,
    title: typeof r.title === 'string' ? r.title.trim() : r.title,
    from: typeof from === 'string' ? toMonth(from.trim()) : from,
    to: toEnd(r.to ?? r.end ?? r.endDate),
  };
}

function lineEntry(line: string): unknown {
  const g = LINE.exec(line)?.groups;
  if (!g) return null;
  return {
    title: g.title?.trim(),
    company: g.company?.trim(),
    from: toMonth(g.from ?? ''),
    to: toEnd(g.to),
  };
}

/** Structured entries when the whole text reads as roles, else null (keep the text). */
export function parseWorkHistory(text: string): WorkHistoryEntry[] | null {
  const json = fromJson(text);
  const candidates = json
    ? json.map(jsonEntry)
    : text
        .split(/\r?\n|;|•/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0)
        .map(lineEntry);
  if (candidates.length === 0 || candidates.length > MAX_ENTRIES) return null;
  const entries: WorkHistoryEntry[] = [];
  for (const candidate of candidates) {
    const parsed = workHistoryEntry.safeParse(candidate);
    if (!parsed.success) return null;
    entries.push(parsed.data);
  }
  return entries;
}
