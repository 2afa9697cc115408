/** The offline generator reads the brief: experts from its market, answers in its terms, fair fit scores. */
import { describe, expect, it } from 'vitest';
import { createDefaultGenerator } from '../src/generator/default-generator';
import { DOMAINS, domainFor, employersOf } from '../src/generator/domains';
import type { GeneratedExpert } from '../src/generator/types';
import { BRIEFS, DSO_QUESTIONS } from './briefs';
import { VENDORS } from './fixtures';

const generator = createDefaultGenerator();
/** 48 experts per brief: 8 from each of 6 vendors. */
const expertsFor = async (campaign: (typeof BRIEFS)[number], questions = DSO_QUESTIONS) =>
  (
    await Promise.all(
      VENDORS.slice(0, 6).map((vendor) =>
        generator.generate({ campaign, vendor, questions, firstIndex: 0, count: 8 }),
      ),
    )
  ).flat();
const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('brief-aware experts', () => {
  it('covers at least 10 varied briefs', () => {
    expect(new Set(BRIEFS.map((b) => b.domain)).size).toBeGreaterThanOrEqual(10);
  });

  it.each(BRIEFS)('$campaignName: experts from the market, median fit ≥ 6.5', async (brief) => {
    const domain = DOMAINS.find((d) => d.id === brief.domain)!;
    expect(domainFor(brief)?.id).toBe(brief.domain);
    const experts = await expertsFor(brief);
    const employers = new Set(employersOf(domain));
    const titles = new Set(domain.groups.flatMap((g) => g.roles.map((r) => r.title)));
    const fromMarket = experts.filter((e) => employers.has(e.company) && titles.has(e.title));
    expect(fromMarket.length / experts.length).toBeGreaterThanOrEqual(0.75);
    // Their careers stay in the market too.
    const history = fromMarket.flatMap((e) => e.workHistory);
    expect(history.filter((w) => employers.has(w.company)).length / history.length).toBeGreaterThan(
      0.9,
    );
    const fits = experts.map((e) => e.aiFitScore);
    expect(median(fits)).toBeGreaterThanOrEqual(6.5);
    expect(fits.filter((f) => f >= 6 && f <= 9.5).length / fits.length).toBeGreaterThanOrEqual(0.6);
  });

  it('spreads fit scores like real proposals: most 6-9, a few weak ones', async () => {
    const fits = (await Promise.all(BRIEFS.map((b) => expertsFor(b))))
      .flat()
      .map((e) => e.aiFitScore);
    const share = (test: (f: number) => boolean) => fits.filter(test).length / fits.length;
    expect(share((f) => f >= 6 && f <= 9)).toBeGreaterThan(0.6);
    expect(share((f) => f < 5)).toBeGreaterThan(0.03);
    expect(share((f) => f < 5)).toBeLessThan(0.2);
    expect(Math.min(...fits)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...fits)).toBeLessThanOrEqual(10);
  });

  it('a dental DSO brief gets DSO operators, dental payers and supply distributors', async () => {
    const experts = await expertsFor(BRIEFS[0]!);
    const at = (names: RegExp) => experts.filter((e) => names.test(e.company)).length;
    expect(
      at(
        /Heartland|Aspen|Pacific Dental|Smile Brands|Dental Care Alliance|MB2|Western Dental|Mortenson|Affordable Care|Great Expressions/,
      ),
    ).toBeGreaterThan(10);
    expect(at(/Delta Dental|MetLife|Guardian|Cigna|United Concordia|Humana/)).toBeGreaterThan(0);
    expect(at(/Henry Schein|Patterson|Benco|Dentsply|Darby/)).toBeGreaterThan(0);
    // Only a few come from outside the market.
    const market = new Set(employersOf(DOMAINS.find((d) => d.id === 'dental')!));
    expect(experts.filter((e) => !market.has(e.company)).length).toBeLessThan(experts.length * 0.2);
  });

  it('answers a question that names DSOs with DSO names, and one about fabs with fabs', async () => {
    const dsos =
      /Heartland Dental|Aspen Dental|Pacific Dental Services|Smile Brands|Dental Care Alliance|MB2 Dental|Western Dental|Mortenson Dental Partners|Affordable Care|Great Expressions/g;
    for (const e of await expertsFor(BRIEFS[0]!)) {
      expect(
        e.answers['q-dsos']!.match(dsos)?.length ?? 0,
        e.answers['q-dsos'],
      ).toBeGreaterThanOrEqual(2);
    }
    const fabQuestion = {
      ...DSO_QUESTIONS[0]!,
      id: 'q-fab',
      questionText: 'Which fabs have you supplied or run?',
    };
    const fabs =
      /TSMC|Samsung Foundry|Intel|GlobalFoundries|Micron|SK hynix|Texas Instruments|UMC/g;
    for (const e of await expertsFor(BRIEFS[1]!, [fabQuestion])) {
      expect(
        e.answers['q-fab']!.match(fabs)?.length ?? 0,
        e.answers['q-fab'],
      ).toBeGreaterThanOrEqual(2);
    }
  });

  it('answers yes to "have you worked at a payer?" when the career says so', async () => {
    const payers =
      /Delta Dental|MetLife Dental|Guardian Life|Cigna Dental|United Concordia|Humana Dental/;
    const experts: GeneratedExpert[] = await expertsFor(BRIEFS[0]!);
    for (const e of experts.filter((x) => x.workHistory.some((w) => payers.test(w.company)))) {
      expect(e.answers['q-payers']).toBe('Yes');
    }
  });

  it('places experts by city, state and country: Atlanta, Georgia, USA is not Tbilisi, Georgia', async () => {
    const all = (await Promise.all(BRIEFS.map((b) => expertsFor(b)))).flat();
    for (const e of all) {
      const parts = e.geography.split(', ');
      if (parts.at(-1) === 'USA' || parts.at(-1) === 'Canada')
        expect(parts, e.geography).toHaveLength(3);
      else if (!['Singapore', 'Hong Kong'].includes(e.geography))
        expect(parts.length, e.geography).toBeGreaterThanOrEqual(2);
    }
    const semis = await expertsFor(BRIEFS[1]!);
    // "Asia-Pacific" is a region we know, not a place.
    expect(semis.some((e) => e.geography === 'Asia-Pacific')).toBe(false);
  });
});
