import { describe, expect, it } from 'vitest';
import {
  approvalCovers,
  type ComplianceRules,
  type ComplianceSubject,
  checkCompliance,
  DEFAULT_COMPLIANCE_SETTINGS,
  isGovernmentRole,
  normalizeCompany,
  reasonKey,
  sameCompany,
  samePerson,
} from '../src/rules/compliance';

const asOf = new Date('2026-12-01T12:00:00Z');
const rules: ComplianceRules = {
  ...DEFAULT_COMPLIANCE_SETTINGS,
  targetCompany: 'Acme Corporation',
  competitors: ['Globex, Inc.'],
  sensitiveCompanies: ['Initech'],
  doNotContact: { people: ['Jane Q. Doe'], companies: ['Umbrella Holdings'] },
};
const job = (company: string, from: string, to: string | null, title = 'Director') => ({
  company,
  title,
  from,
  to,
});
const expert = (
  workHistory: ComplianceSubject['workHistory'],
  more: Partial<ComplianceSubject> = {},
) => ({
  name: 'Sam Lee',
  attested: true,
  workHistory,
  ...more,
});

describe('company names', () => {
  it.each([
    ['Acme Corp.', 'Acme Corporation', true],
    ['Acme, Inc.', 'ACME', true],
    ['The Acme Company', 'acme co', true],
    ['Johnson & Johnson', 'Johnson and Johnson', true],
    ['Data Dog', 'Datadog, Inc.', true],
    ['Microsfot', 'Microsoft Corporation', true],
    ['Goldman Sachs Group', 'Goldmann Sachs', true],
    ['Acme', 'Acne', false],
    ['Acme', 'Acme Cloud Services', false],
    ['Globex', 'Initech', false],
    ['', 'Inc.', false],
  ])('%s vs %s: %s', (a, b, same) => {
    expect(sameCompany(a, b)).toBe(same);
    expect(sameCompany(b, a)).toBe(same);
  });

  it('drops legal suffixes, punctuation, accents and a leading "the"', () => {
    expect(normalizeCompany('The Nestlé S.A.')).toBe('nestle');
    expect(normalizeCompany('Foo Bar L.L.C.')).toBe('foo bar');
    expect(normalizeCompany('Group')).toBe('group');
  });

  it('people match without case, accents, punctuation or word order', () => {
    expect(samePerson('Jane Q. Doe', 'jane q doe')).toBe(true);
    expect(samePerson('Doe, Jane Q.', 'Jane Q. Doe')).toBe(true);
    expect(samePerson('José Álvarez', 'Jose Alvarez')).toBe(true);
    expect(samePerson('Jane Doe', 'Jane Q. Doe')).toBe(false);
  });

  it.each([
    [job('U.S. Department of Commerce', '2010-01', null), true],
    [job('Food and Drug Administration', '2010-01', null), true],
    [job('National Security Agency', '2010-01', null), true],
    [job('Acme', '2010-01', null, 'Senator'), true],
    [job('Bright Creative Agency', '2010-01', null), false],
    [job('Acme', '2010-01', null, 'Head of Government Affairs'), false],
  ])('government role: %o → %s', (entry, expected) => {
    expect(isGovernmentRole(entry)).toBe(expected);
  });
});

type Row = [string, ComplianceSubject, Partial<ComplianceRules>, string, string[]];
const cases: Row[] = [
  ['no conflict', expert([job('Northwind', '2015-01', null)]), {}, 'clear', []],
  [
    'current target employee',
    expert([job('ACME Corp.', '2019-03', null)]),
    {},
    'blocked',
    ['current_target_employee'],
  ],
  [
    'target role ending after today is current',
    expert([job('Acme', '2019-03', '2027-02')]),
    {},
    'blocked',
    ['current_target_employee'],
  ],
  [
    'current target employee, rule off',
    expert([job('Acme', '2019-03', null)]),
    { blockCurrentTargetEmployees: false },
    'clear',
    [],
  ],
  [
    'left the target two months ago',
    expert([job('Acme Inc', '2019-03', '2026-10')]),
    {},
    'blocked',
    ['target_cooling_off'],
  ],
  [
    'left the target exactly six months ago',
    expert([job('Acme', '2019-03', '2026-06')]),
    {},
    'clear',
    [],
  ],
  [
    'left the target two months ago, 1-month period',
    expert([job('Acme', '2019-03', '2026-10')]),
    { coolingOffMonths: 1 },
    'clear',
    [],
  ],
  [
    'left the target, 12-month period',
    expert([job('Acme', '2019-03', '2026-03')]),
    { coolingOffMonths: 12 },
    'blocked',
    ['target_cooling_off'],
  ],
  [
    'no target company',
    expert([job('Acme', '2019-03', null)]),
    { targetCompany: null },
    'clear',
    [],
  ],
  [
    'current competitor employee',
    expert([job('Globex Corporation', '2020-01', null)]),
    {},
    'flagged',
    ['current_competitor_employee'],
  ],
  ['former competitor employee', expert([job('Globex', '2020-01', '2025-01')]), {}, 'clear', []],
  [
    'competitor rule off',
    expert([job('Globex', '2020-01', null)]),
    { flagCurrentCompetitorEmployees: false },
    'clear',
    [],
  ],
  [
    'current sensitive company',
    expert([job('Initech LLC', '2020-01', null)]),
    {},
    'flagged',
    ['sensitive_company'],
  ],
  [
    'current government official',
    expert([job('Department of Energy', '2018-01', null, 'Deputy Director')]),
    {},
    'blocked',
    ['current_government_official'],
  ],
  [
    'former government official',
    expert([job('Federal Trade Commission', '2010-01', '2016-05', 'Economist')]),
    {},
    'flagged',
    ['former_government_official'],
  ],
  [
    'government rule off',
    expert([job('Department of Energy', '2018-01', null)]),
    { blockGovernmentOfficials: false },
    'clear',
    [],
  ],
  [
    'on the do-not-contact list by name',
    expert([], { name: 'jane q doe' }),
    {},
    'blocked',
    ['do_not_contact_person'],
  ],
  [
    'works at a do-not-contact company',
    expert([job('Umbrella', '2021-01', null)]),
    {},
    'blocked',
    ['do_not_contact_company'],
  ],
  [
    'used to work at a do-not-contact company',
    expert([job('Umbrella', '2011-01', '2013-01')]),
    {},
    'clear',
    [],
  ],
  [
    'no attestation',
    expert([job('Northwind', '2015-01', null)], { attested: false }),
    {},
    'flagged',
    ['missing_attestation'],
  ],
  [
    'no attestation, rule off',
    expert([], { attested: false }),
    { flagMissingAttestation: false },
    'clear',
    [],
  ],
  [
    'flags and a block: blocked, every reason',
    expert([job('Globex', '2020-01', null), job('Acme', '2012-01', '2026-11')], {
      attested: false,
    }),
    {},
    'blocked',
    ['target_cooling_off', 'current_competitor_employee', 'missing_attestation'],
  ],
];

describe('checkCompliance', () => {
  it.each(cases)('%s', (_, subject, overrides, status, codes) => {
    const result = checkCompliance(subject, { ...rules, ...overrides }, asOf);
    expect(result.status).toBe(status);
    expect(result.reasons.map((r) => r.code)).toEqual(codes);
    for (const reason of result.reasons) expect(reason.message).toMatch(/^[A-Z].+\.$/);
  });

  it('says when the cooling-off period ends', () => {
    const [reason] = checkCompliance(
      expert([job('Acme', '2019-03', '2026-10')]),
      rules,
      asOf,
    ).reasons;
    expect(reason?.message).toBe(
      'Left Acme, the target company, 2 months ago (2026-10); the cooling-off period of 6 months ends 2027-04.',
    );
  });
});

describe('approvals', () => {
  const flagged = checkCompliance(
    expert([job('Globex', '2020-01', null)], { attested: false }),
    rules,
    asOf,
  );
  const keys = flagged.reasons.map(reasonKey);

  it('cover the reasons approved, spelled either way', () => {
    expect(approvalCovers(keys, flagged.reasons)).toBe(true);
    const respelled = checkCompliance(
      expert([job('Globex Inc.', '2020-01', null)], { attested: false }),
      rules,
      asOf,
    );
    expect(approvalCovers(keys, respelled.reasons)).toBe(true);
  });

  it('do not cover a new reason, nor any block', () => {
    const more = checkCompliance(
      expert([job('Globex', '2020-01', null), job('Initech', '2021-01', null)], {
        attested: false,
      }),
      rules,
      asOf,
    );
    expect(approvalCovers(keys, more.reasons)).toBe(false);
    const blocked = checkCompliance(expert([job('Acme', '2020-01', null)]), rules, asOf);
    expect(approvalCovers(blocked.reasons.map(reasonKey), blocked.reasons)).toBe(false);
  });
});
