import { comparePersons } from '@expert-network/contract/rules';
import { describe, expect, it } from 'vitest';
import type { GeneratedExpert } from '../src/generator/types';
import {
  asVendorProposes,
  personOf,
  styleCompany,
  styleTitle,
} from '../src/generator/vendor-style';

const proposal: GeneratedExpert = {
  name: 'Robert Kowalski',
  title: 'VP Operations',
  company: 'Apex Software',
  geography: 'Chicago, Illinois, USA',
  description: 'Former VP Operations at Apex Software.',
  workHistory: [{ company: 'Apex Software', title: 'VP Operations', from: '2019-04', to: null }],
  skills: ['Vendor selection'],
  externalRef: 'glg-1',
  rating: 4.5,
  aiFitScore: 8,
  callRateCents: 90_000,
  answers: {},
};

describe('networks’ house styles', () => {
  it('write titles and companies their own way', () => {
    expect(styleTitle('VP Operations', false, false)).toBe('Vice President of Operations');
    expect(styleTitle('VP Operations', true, true)).toBe('VP, Operations');
    expect(styleTitle('Senior Product Manager', true, false)).toBe('Sr. Product Manager');
    expect(styleTitle('Chief Executive Officer', true, false)).toBe('CEO');
    expect(styleCompany('Acme', 'Corp.')).toBe('Acme Corp.');
    expect(styleCompany('European Commission', 'Inc.')).toBe('European Commission');
  });

  it('spell one person differently across networks, each at its own rate, and the matcher still sees one person', () => {
    const person = personOf(proposal, 'p-1');
    const slugs = ['glg', 'alphasights', 'guidepoint', 'third-bridge', 'tegus', 'dialectica'];
    const offers = slugs.map((slug, i) =>
      asVendorProposes(person, 'p-1', slug, { ...proposal, callRateCents: 50_000 + i * 10_000 }),
    );
    expect(new Set(offers.map((o) => `${o.name}|${o.title}|${o.company}`)).size).toBeGreaterThan(1);
    expect(new Set(offers.map((o) => o.callRateCents)).size).toBe(slugs.length);
    for (const offer of offers) expect(comparePersons(offers[0]!, offer).same).toBe(true);
  });
});
