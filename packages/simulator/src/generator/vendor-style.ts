/**
 * One person as each network writes them. Networks pitch the same expert
 * with their own house style: a title before the name or not, a middle
 * initial, a nickname, "VP, Operations" or "Vice President of Operations",
 * "Acme Corp." or "Acme Corporation". Deterministic: the same network
 * always formats the same person the same way.
 */
import { digest } from './default-generator';
import type { ExpertProfile, GeneratedExpert, WorkEntry } from './types';

/** A person before any network formatted them. */
export type Person = ExpertProfile & {
  first: string;
  middle: string;
  last: string;
  doctor: boolean;
};

const LEGAL_FORMS = ['Inc.', 'Inc', 'Corp.', 'Corporation', 'LLC', 'Co.'] as const;
const NICKNAME_OF: Record<string, string> = {
  Robert: 'Bob',
  William: 'Bill',
  James: 'Jim',
  Michael: 'Mike',
  Elizabeth: 'Liz',
  Katherine: 'Kate',
  Christopher: 'Chris',
  Jennifer: 'Jen',
  Richard: 'Rick',
  Thomas: 'Tom',
  Daniel: 'Dan',
  Joseph: 'Joe',
  David: 'Dave',
  Matthew: 'Matt',
  Anthony: 'Tony',
  Andrew: 'Andy',
  Steven: 'Steve',
  Nicholas: 'Nick',
  Benjamin: 'Ben',
  Samuel: 'Sam',
  Alexander: 'Alex',
  Timothy: 'Tim',
  Edward: 'Ed',
  Kenneth: 'Ken',
  Gregory: 'Greg',
  Jeffrey: 'Jeff',
};

/** The person a freshly generated proposal is (its own name, with a middle initial of its own). */
export function personOf(expert: ExpertProfile, key: string): Person {
  const [first = '', ...rest] = expert.name.split(' ');
  const { seed } = digest(`person|${key}`);
  return {
    ...expert,
    first,
    middle: String.fromCharCode(65 + (seed % 26)),
    last: rest.join(' '),
    doctor: seed % 7 === 0,
  };
}

/** Bits of a stable per-(network, person) hash, each choosing one habit. */
function habits(vendorSlug: string, key: string) {
  const { seed } = digest(`style|${vendorSlug}|${key}`);
  return {
    prefix: (seed & 1) === 1,
    middle: (seed & 2) === 2,
    nickname: (seed & 12) === 0,
    lastFirst: (seed & 48) === 0,
    abbreviate: (seed & 64) === 64,
    comma: (seed & 128) === 128,
    legal: LEGAL_FORMS[(seed >>> 8) % (LEGAL_FORMS.length + 2)],
  };
}

const LONG_TO_SHORT: [RegExp, string][] = [
  [/\bChief Executive Officer\b/, 'CEO'],
  [/\bChief Operating Officer\b/, 'COO'],
  [/\bChief Financial Officer\b/, 'CFO'],
  [/\bChief Technology Officer\b/, 'CTO'],
  [/\bSenior Vice President\b/, 'SVP'],
  [/\bVice President\b/, 'VP'],
  [/\bSenior\b/, 'Sr.'],
];
const SHORT_TO_LONG: [RegExp, string][] = [
  [/^SVP\b/, 'Senior Vice President'],
  [/^EVP\b/, 'Executive Vice President'],
  [/^VP\b/, 'Vice President'],
  [/\bSr\.? /, 'Senior '],
];

/** "VP Engineering" → "VP, Engineering" or "Vice President of Engineering"; "Senior ..." → "Sr. ...". */
export function styleTitle(title: string, abbreviate: boolean, comma: boolean): string {
  const rules = abbreviate ? LONG_TO_SHORT : SHORT_TO_LONG;
  const text = rules.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), title);
  const head =
    /^(VP|SVP|EVP|Vice President|Senior Vice President|Executive Vice President) (?!of )(.+)$/.exec(
      text,
    );
  if (!head) return text;
  return comma ? `${head[1]}, ${head[2]}` : `${head[1]} of ${head[2]}`;
}

/** "Apex Software" → "Apex Software Inc." (or Corp., or as it was). */
export function styleCompany(company: string, legal: string | undefined): string {
  return legal && !/\b(University|Commission|Department|Administration)\b/.test(company)
    ? `${company} ${legal}`
    : company;
}

/** The person in this network's style; rate, scores and answers stay the network's own. */
export function asVendorProposes(
  person: Person,
  key: string,
  vendorSlug: string,
  proposal: GeneratedExpert,
): GeneratedExpert {
  const h = habits(vendorSlug, key);
  const first = h.nickname ? (NICKNAME_OF[person.first] ?? person.first) : person.first;
  const given = h.middle ? `${first} ${person.middle}.` : first;
  const prefix = h.prefix && person.doctor ? 'Dr. ' : '';
  const name = h.lastFirst ? `${person.last}, ${given}` : `${prefix}${given} ${person.last}`;
  const company = (c: string) => styleCompany(c, h.legal);
  const workHistory: WorkEntry[] = person.workHistory.map((w) => ({
    ...w,
    company: company(w.company),
    title: styleTitle(w.title, h.abbreviate, h.comma),
  }));
  return {
    ...proposal,
    name,
    title: styleTitle(person.title, h.abbreviate, h.comma),
    company: company(person.company),
    geography: person.geography,
    description: person.description,
    skills: person.skills,
    workHistory,
  };
}
