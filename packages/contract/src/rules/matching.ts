/**
 * Is this proposal a person the user already has? Networks spell the same
 * person their own way ("Dr. Robert A. Smith, VP, Operations, Acme Corp." and
 * "Bob Smith, Vice President of Operations, Acme Corporation"): these pure
 * functions bring names, employers and titles to one form and decide. The
 * database finds the candidates (by `personMatchKey`); this decides among them.
 */
import { normalizeCompany } from './compliance';

/** What the matcher compares. */
export type MatchProfile = {
  name: string;
  title?: string | null | undefined;
  company?: string | null | undefined;
  geography?: string | null | undefined;
  /** Jobs past and present; a job with the same employer and start month is strong evidence. */
  workHistory?: readonly { company: string; from?: string | null | undefined }[] | undefined;
};

const NAME_PREFIXES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'sir', 'dame']);
const NAME_SUFFIXES = new Set([
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'phd',
  'md',
  'mba',
  'cpa',
  'cfa',
  'esq',
]);

/** Short forms of first names, to the long form the key uses. */
export const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  robert: ['bob', 'rob', 'bobby'],
  william: ['bill', 'will', 'billy'],
  james: ['jim', 'jimmy'],
  michael: ['mike'],
  elizabeth: ['liz', 'beth'],
  katherine: ['kate', 'kathy'],
  christopher: ['chris'],
  jennifer: ['jen', 'jenny'],
  richard: ['rick', 'rich'],
  thomas: ['tom', 'tommy'],
  daniel: ['dan', 'danny'],
  joseph: ['joe'],
  david: ['dave'],
  matthew: ['matt'],
  anthony: ['tony'],
  andrew: ['andy', 'drew'],
  steven: ['steve'],
  stephen: ['steve'],
  margaret: ['maggie', 'peggy'],
  patricia: ['pat', 'trish'],
  susan: ['sue'],
  nicholas: ['nick'],
  benjamin: ['ben'],
  samuel: ['sam'],
  alexander: ['alex'],
  jonathan: ['jon'],
  timothy: ['tim'],
  edward: ['ed', 'ted'],
  charles: ['charlie', 'chuck'],
  kenneth: ['ken'],
  ronald: ['ron'],
  donald: ['don'],
  gregory: ['greg'],
  jeffrey: ['jeff'],
  douglas: ['doug'],
  deborah: ['debbie', 'deb'],
  rebecca: ['becky'],
  victoria: ['vicky', 'tori'],
  zachary: ['zach'],
  lawrence: ['larry'],
  raymond: ['ray'],
  gerald: ['jerry'],
  abigail: ['abby'],
  kimberly: ['kim'],
  jessica: ['jess'],
  frederick: ['fred'],
  theodore: ['theo'],
  philip: ['phil'],
  vincent: ['vince'],
};

const FORMAL_OF = new Map(
  Object.entries(NICKNAMES).flatMap(([formal, shorts]) => shorts.map((s) => [s, formal] as const)),
);

/** Lower case, accents and punctuation gone, words split. */
function words(text: string | null | undefined): string[] {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** First and last name, without titles, suffixes, middle names or initials; nicknames spelt out. */
export function normalizePersonName(name: string): { first: string; last: string } {
  const parts = words(name.includes(',') ? reorderLastFirst(name) : name).filter(
    (w) => !NAME_PREFIXES.has(w) && !NAME_SUFFIXES.has(w),
  );
  const first = parts[0] ?? '';
  const last = parts.length > 1 ? (parts.at(-1) ?? '') : '';
  return { first: FORMAL_OF.get(first) ?? first, last };
}

/** "Smith, Robert A." → "Robert A. Smith" (a comma before credentials stays: "Robert Smith, PhD"). */
function reorderLastFirst(name: string): string {
  const [before = '', after = ''] = name.split(',', 2);
  const tail = words(after);
  if (tail.length === 0 || tail.every((w) => NAME_SUFFIXES.has(w))) return name;
  return `${after} ${before}`;
}

/**
 * The text the database indexes to find candidates, last name first
 * ("smith robert"): candidates share the last name (an index range), and
 * pg_trgm's similarity of the whole key ranks them. Empty without a last name.
 */
export function personMatchKey(name: string): string {
  const { first, last } = normalizePersonName(name);
  return last ? `${last} ${first}` : '';
}

const TITLE_WORDS: Readonly<Record<string, string>> = {
  vp: 'vice president',
  svp: 'senior vice president',
  evp: 'executive vice president',
  avp: 'assistant vice president',
  sr: 'senior',
  jr: 'junior',
  dir: 'director',
  mgr: 'manager',
  mgmt: 'management',
  ops: 'operations',
  eng: 'engineering',
  gm: 'general manager',
  ceo: 'chief executive officer',
  cfo: 'chief financial officer',
  coo: 'chief operating officer',
  cto: 'chief technology officer',
  cio: 'chief information officer',
  ciso: 'chief information security officer',
  cmo: 'chief marketing officer',
  cmio: 'chief medical information officer',
};
const TITLE_FILLERS = new Set(['of', 'the', 'and', 'for', 'at', 'former']);

/** The words of a title, abbreviations spelt out: "VP, Ops" and "Vice President of Operations" agree. */
export function titleWords(title: string | null | undefined): Set<string> {
  return new Set(
    words(title)
      .flatMap((w) => (TITLE_WORDS[w] ?? w).split(' '))
      .filter((w) => !TITLE_FILLERS.has(w)),
  );
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** Same person's first names: equal, or one the other's nickname, or an initial of it. */
function firstNamesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return false;
}

const place = (geography: string | null | undefined) => words(geography?.split(',')[0]).join(' ');

export type MatchVerdict = { same: boolean; score: number };

/** "acme|2019-04" for each job with a start month. */
const stints = (p: MatchProfile) =>
  new Set(
    (p.workHistory ?? []).flatMap((w) =>
      w.from && normalizeCompany(w.company) ? [`${normalizeCompany(w.company)}|${w.from}`] : [],
    ),
  );

/** Unknown on either side does not count against a match. */
const agreesOrUnknown = (a: string, b: string) => !a || !b || a === b;

/**
 * Whether two profiles are one person. The name must agree (last name, and
 * first name up to nicknames and initials); then either the same current
 * employer with the same title and place, or a job in common (same employer,
 * same start month: a person who moved on since) with the same place or title.
 * A common name at the same company is not enough on its own.
 */
export function comparePersons(a: MatchProfile, b: MatchProfile): MatchVerdict {
  const na = normalizePersonName(a.name);
  const nb = normalizePersonName(b.name);
  if (!na.last || na.last !== nb.last || !firstNamesAgree(na.first, nb.first)) {
    return { same: false, score: 0 };
  }
  const current = normalizeCompany(a.company ?? '');
  const currentEmployer = !!current && current === normalizeCompany(b.company ?? '');
  const stintsB = stints(b);
  const sharedJob = [...stints(a)].some((s) => stintsB.has(s));
  const title = overlap(titleWords(a.title), titleWords(b.title));
  const titleOk = title >= 0.6 || !a.title || !b.title;
  const placeOk = agreesOrUnknown(place(a.geography), place(b.geography));
  const same = (currentEmployer && titleOk && placeOk) || (sharedJob && (placeOk || title >= 0.6));
  const score =
    (currentEmployer ? 0.4 : 0) + (sharedJob ? 0.3 : 0) + 0.2 * title + (placeOk ? 0.1 : 0);
  return { same, score };
}

/** The best candidate that is the same person, if any. */
export function bestMatch<T extends MatchProfile>(arrival: MatchProfile, candidates: readonly T[]) {
  let best: { candidate: T; score: number } | undefined;
  for (const candidate of candidates) {
    const verdict = comparePersons(arrival, candidate);
    if (verdict.same && (!best || verdict.score > best.score)) {
      best = { candidate, score: verdict.score };
    }
  }
  return best;
}
