/**
 * Compliance conflict rules as pure functions: an expert's work history,
 * attestation and name against a project's rules and the user's do-not-contact
 * list. No database, no clock: the caller passes `asOf`.
 */
import type { ComplianceStatus } from '../values';

export type WorkHistoryItem = { company: string; title: string; from: string; to: string | null };

export type ComplianceRules = {
  /** The company the project looks at; null: no employer rule applies. */
  targetCompany: string | null;
  competitors: string[];
  sensitiveCompanies: string[];
  blockCurrentTargetEmployees: boolean;
  /** Months a former employee of the target must have been gone; 0 turns the rule off. */
  coolingOffMonths: number;
  flagCurrentCompetitorEmployees: boolean;
  blockGovernmentOfficials: boolean;
  flagMissingAttestation: boolean;
  doNotContact: { people: string[]; companies: string[] };
};

/** What a compliance officer expects before anyone changes anything. */
export const DEFAULT_COMPLIANCE_SETTINGS = {
  blockCurrentTargetEmployees: true,
  coolingOffMonths: 6,
  flagCurrentCompetitorEmployees: true,
  blockGovernmentOfficials: true,
  flagMissingAttestation: true,
} as const;

const COMPLIANCE_REASON_CODES = [
  'current_target_employee',
  'target_cooling_off',
  'current_competitor_employee',
  'sensitive_company',
  'current_government_official',
  'former_government_official',
  'do_not_contact_person',
  'do_not_contact_company',
  'missing_attestation',
] as const;
export type ComplianceReasonCode = (typeof COMPLIANCE_REASON_CODES)[number];

export type ComplianceReason = {
  code: ComplianceReasonCode;
  severity: 'block' | 'flag';
  /** The employer or list entry the reason is about, as the profile spells it. */
  subject?: string;
  /** One sentence for people. */
  message: string;
};

export type ComplianceSubject = {
  name: string;
  workHistory: WorkHistoryItem[];
  attested: boolean;
};

export type ComplianceResult = {
  status: Exclude<ComplianceStatus, 'unchecked'>;
  reasons: ComplianceReason[];
};

const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'llc',
  'ltd',
  'limited',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'nv',
  'bv',
  'llp',
  'lp',
  'pty',
  'pte',
  'holdings',
  'holding',
  'group',
  'se',
  'spa',
  'srl',
  'oy',
  'ab',
  'as',
  'kk',
]);

/** "Acme, Inc." / "ACME Corporation" / "The Acme Co." → "acme"; "&" is "and". */
export function normalizeCompany(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // "L.L.C." and "S.A." become one word before punctuation goes.
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_SUFFIXES.has(words.at(-1) as string)) words.pop();
  return words.join(' ');
}

/** Edits (insert, delete, replace, swap of neighbours) from `a` to `b`, at most `max`. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  // Rows of the edit-distance table, read where indices are always in range.
  const at = (row: number[], j: number) => row[j] ?? Number.POSITIVE_INFINITY;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(previous, j) + 1, at(row, j - 1) + 1, at(previous, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(before, j - 2) + 1);
      }
      row[j] = best;
    }
    before = previous;
    previous = row;
  }
  return at(previous, b.length) <= max;
}

/**
 * `compute(text)`, remembered: rules compare the same few names against every
 * expert, and normalizing is most of the cost of a check. Bounded, so a
 * long-running server does not keep every name it ever saw.
 */
function remembered(compute: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= 10_000) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}

const companyKey = remembered((name) => normalizeCompany(name).replace(/ /g, ''));

/**
 * Whether two spellings name one company: equal once normalized and spaces
 * dropped ("Data Dog" is "Datadog"), or a typo apart in a long enough name
 * (one edit from 6 letters, two from 12). Short names must match exactly.
 */
export function sameCompany(a: string, b: string): boolean {
  const x = companyKey(a);
  const y = companyKey(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const shorter = Math.min(x.length, y.length);
  const allowed = shorter >= 12 ? 2 : shorter >= 6 ? 1 : 0;
  return allowed > 0 && withinEdits(x, y, allowed);
}

/** Person names compare without case, accents, punctuation or word order. */
const personKey = remembered((name) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .sort()
    .join(' '),
);

export function samePerson(a: string, b: string): boolean {
  const key = personKey(a);
  return key !== '' && key === personKey(b);
}

const GOVERNMENT_EMPLOYER =
  /\b(government|ministry|department of|federal|parliament|congress|senate|house of representatives|embassy|white house|state of|city of|county of|municipality|armed forces|army|navy|air force|central bank|federal reserve|european commission|securities and exchange commission|food and drug administration)\b/i;
const GOVERNMENT_BODY =
  /\b(u\.?\s?s\.?|us|national|federal|state|european|royal)\b.*\b(agency|authority|administration|commission|bureau|office)\b/i;
const GOVERNMENT_TITLE =
  /\b(senator|congress(man|woman|person)|minister|ambassador|member of parliament|regulator|government official|mayor|governor|deputy secretary|under secretary|assistant secretary)\b/i;

/** A public-sector role, from its employer or title. */
export function isGovernmentRole(entry: WorkHistoryItem): boolean {
  return (
    GOVERNMENT_EMPLOYER.test(entry.company) ||
    GOVERNMENT_BODY.test(entry.company) ||
    GOVERNMENT_TITLE.test(entry.title)
  );
}

/** Whole months from a `YYYY-MM` month to the month of `asOf` (UTC). */
function monthsSince(yearMonth: string, asOf: Date): number {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  return asOf.getUTCFullYear() * 12 + asOf.getUTCMonth() + 1 - (year * 12 + month);
}

/** Still in the role: no end, or an end month after `asOf`'s. */
const isCurrent = (entry: WorkHistoryItem, asOf: Date) =>
  entry.to === null || monthsSince(entry.to, asOf) < 0;

function addMonths(yearMonth: string, months: number): string {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  const index = year * 12 + month - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

type Check = (subject: ComplianceSubject, rules: ComplianceRules, asOf: Date) => ComplianceReason[];

const targetEmployer: Check = ({ workHistory }, rules, asOf) => {
  const target = rules.targetCompany;
  if (!target) return [];
  return workHistory
    .filter((job) => sameCompany(job.company, target))
    .flatMap((job): ComplianceReason[] => {
      if (isCurrent(job, asOf)) {
        return rules.blockCurrentTargetEmployees
          ? [
              {
                code: 'current_target_employee',
                severity: 'block',
                subject: job.company,
                message: `Currently works at ${job.company} (${job.title}), the project's target company.`,
              },
            ]
          : [];
      }
      const gone = monthsSince(job.to as string, asOf);
      return gone < rules.coolingOffMonths
        ? [
            {
              code: 'target_cooling_off',
              severity: 'block',
              subject: job.company,
              message: `Left ${job.company}, the target company, ${plural(gone, 'month')} ago (${job.to}); the cooling-off period of ${plural(rules.coolingOffMonths, 'month')} ends ${addMonths(job.to as string, rules.coolingOffMonths)}.`,
            },
          ]
        : [];
    });
};

const listedEmployer =
  (list: 'competitors' | 'sensitiveCompanies'): Check =>
  ({ workHistory }, rules, asOf) => {
    if (list === 'competitors' && !rules.flagCurrentCompetitorEmployees) return [];
    return workHistory
      .filter((job) => isCurrent(job, asOf))
      .flatMap((job): ComplianceReason[] => {
        const listed = rules[list].find((company) => sameCompany(job.company, company));
        if (!listed) return [];
        return list === 'competitors'
          ? [
              {
                code: 'current_competitor_employee' as const,
                severity: 'flag' as const,
                subject: job.company,
                message: `Currently works at ${job.company} (${job.title}), listed as a competitor (${listed}).`,
              },
            ]
          : [
              {
                code: 'sensitive_company' as const,
                severity: 'flag' as const,
                subject: job.company,
                message: `Currently works at ${job.company} (${job.title}), listed as a sensitive company (${listed}).`,
              },
            ];
      });
  };

const government: Check = ({ workHistory }, rules, asOf) => {
  if (!rules.blockGovernmentOfficials) return [];
  return workHistory.filter(isGovernmentRole).map((job) =>
    isCurrent(job, asOf)
      ? {
          code: 'current_government_official',
          severity: 'block',
          subject: job.company,
          message: `Currently a government official: ${job.title} at ${job.company}.`,
        }
      : {
          code: 'former_government_official',
          severity: 'flag',
          subject: job.company,
          message: `Former government official: ${job.title} at ${job.company} until ${job.to}; check for post-employment restrictions.`,
        },
  );
};

const doNotContact: Check = ({ name, workHistory }, rules, asOf) => {
  const person = rules.doNotContact.people.find((listed) => samePerson(listed, name));
  const reasons: ComplianceReason[] = person
    ? [
        {
          code: 'do_not_contact_person',
          severity: 'block',
          subject: person,
          message: `On your do-not-contact list as ${person}.`,
        },
      ]
    : [];
  for (const job of workHistory.filter((j) => isCurrent(j, asOf))) {
    const listed = rules.doNotContact.companies.find((company) =>
      sameCompany(job.company, company),
    );
    if (listed) {
      reasons.push({
        code: 'do_not_contact_company',
        severity: 'block',
        subject: job.company,
        message: `Currently works at ${job.company}, on your do-not-contact list (${listed}).`,
      });
    }
  }
  return reasons;
};

const attestation: Check = ({ attested }, rules) =>
  rules.flagMissingAttestation && !attested
    ? [
        {
          code: 'missing_attestation',
          severity: 'flag',
          message:
            'No compliance attestation from the expert (confidentiality and no material non-public information).',
        },
      ]
    : [];

const CHECKS: Check[] = [
  targetEmployer,
  listedEmployer('competitors'),
  listedEmployer('sensitiveCompanies'),
  government,
  doNotContact,
  attestation,
];

/** Clear, flagged (every reason a flag) or blocked (at least one block), with every reason. */
export function checkCompliance(
  subject: ComplianceSubject,
  rules: ComplianceRules,
  asOf: Date,
): ComplianceResult {
  const reasons = CHECKS.flatMap((check) => check(subject, rules, asOf));
  const status = reasons.some((r) => r.severity === 'block')
    ? 'blocked'
    : reasons.length
      ? 'flagged'
      : 'clear';
  return { status, reasons };
}

/** The identity of a reason an approval covers: its code and what it is about. */
export const reasonKey = (reason: Pick<ComplianceReason, 'code' | 'subject'>) =>
  `${reason.code}:${reason.subject ? normalizeCompany(reason.subject) : ''}`;

/** An approval covers a flagged expert while every current reason is among those approved. */
export function approvalCovers(approvedKeys: string[], reasons: ComplianceReason[]): boolean {
  const approved = new Set(approvedKeys);
  return reasons.every((r) => r.severity === 'flag' && approved.has(reasonKey(r)));
}
