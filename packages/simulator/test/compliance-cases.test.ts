/** The simulator's profiles that meet the compliance rules: each case turns up, and the rules catch it. */
import { checkCompliance, DEFAULT_COMPLIANCE_SETTINGS } from '@expert-network/contract';
import { describe, expect, it } from 'vitest';
import { complianceCaseOf, withComplianceCases } from '../src/generator/compliance-cases';
import type { GeneratedExpert } from '../src/generator/types';

const asOf = new Date('2026-12-01T00:00:00Z');
const refs = Array.from({ length: 400 }, (_, i) => `glg-${i.toString(16).padStart(12, '0')}`);
const plain = (externalRef: string): GeneratedExpert => ({
  externalRef,
  name: `Expert ${externalRef}`,
  title: 'VP Engineering',
  company: 'Northwind',
  geography: 'London',
  description: '',
  workHistory: [{ company: 'Northwind', title: 'VP Engineering', from: '2019-01', to: null }],
  skills: [],
  rating: 4,
  aiFitScore: 7,
  callRateCents: 50_000,
  answers: {},
});
const rules = {
  ...DEFAULT_COMPLIANCE_SETTINGS,
  targetCompany: 'Acme Corporation',
  competitors: [],
  sensitiveCompanies: [],
  doNotContact: { people: [], companies: [] },
};

describe('compliance cases', () => {
  const experts = withComplianceCases(refs.map(plain), 'Acme Corporation', asOf);
  const results = experts.map((e) =>
    checkCompliance({ ...e, attested: e.attestedAt !== null }, rules, asOf),
  );
  const codes = results.flatMap((r) => r.reasons.map((x) => x.code));
  const share = (code: string) => codes.filter((c) => c === code).length / refs.length;

  it.each([
    ['current_target_employee', 0.03, 0.1],
    ['target_cooling_off', 0.03, 0.1],
    ['former_government_official', 0.02, 0.09],
    ['missing_attestation', 0.07, 0.2],
  ])('%s: now and then (between %d and %d of experts)', (code, min, max) => {
    expect(share(code)).toBeGreaterThan(min);
    expect(share(code)).toBeLessThan(max);
  });

  it('leaves most experts clear', () => {
    expect(results.filter((r) => r.status === 'clear').length / refs.length).toBeGreaterThan(0.65);
  });

  it('is the same for the same reference, and has no target cases without a target', () => {
    expect(withComplianceCases(refs.map(plain), 'Acme Corporation', asOf)).toEqual(experts);
    const untargeted = refs.map((r) => complianceCaseOf(r, false).kind);
    expect(untargeted).not.toContain('target_employee');
    expect(untargeted).not.toContain('left_target_recently');
    expect(untargeted).toContain('former_official');
  });

  it('puts a current target employee at the target in the headline too', () => {
    const current = experts.find((e) => e.workHistory[0]?.to === null && e.company !== 'Northwind');
    expect(current?.company).toBe('Acme Corporation');
  });
});
