import { describe, expect, it } from 'vitest';
import { expectedQuestions, isValidAnswer } from '../src/generator/answers';
import { REGION_CITIES } from '../src/generator/catalog';
import { createDefaultGenerator } from '../src/generator/default-generator';
import { DOMAINS, employersOf } from '../src/generator/domains';
import { fitScore } from '../src/generator/fit';
import { CLOUD_SECURITY, HOSPITALS, QUESTIONS, request, VENDORS } from './fixtures';

const generator = createDefaultGenerator();

describe('default generator', () => {
  it('is deterministic: the same campaign and vendor give the same experts', async () => {
    const first = await generator.generate(request());
    const again = await createDefaultGenerator().generate(request());
    expect(again).toEqual(first);
    // ...position by position, whatever the batch split.
    const split = [
      ...(await generator.generate(request({ count: 4 }))),
      ...(await generator.generate(request({ firstIndex: 4, count: 6 }))),
    ];
    expect(split).toEqual(first);
    const otherVendor = await generator.generate(request({ vendor: VENDORS[1]! }));
    expect(otherVendor.map((e) => e.name)).not.toEqual(first.map((e) => e.name));
    expect(new Set(first.map((e) => e.externalRef)).size).toBe(10);
  });

  it('answers every question it is asked with a value of the right type, follow-ups when triggered', async () => {
    const experts = await generator.generate(request({ count: 60 }));
    let followUpsAsked = 0;
    for (const expert of experts) {
      const asked = expectedQuestions(QUESTIONS, expert.answers);
      for (const q of asked)
        expect(isValidAnswer(q, expert.answers[q.id]), `${q.id}: ${expert.answers[q.id]}`).toBe(
          true,
        );
      // Nothing beyond what is asked.
      expect(Object.keys(expert.answers).sort()).toEqual(asked.map((q) => q.id).sort());
      const saidYes = expert.answers['q-yes'] === 'Yes';
      expect('q-why' in expert.answers).toBe(saidYes);
      if (saidYes) followUpsAsked++;
    }
    expect(followUpsAsked).toBeGreaterThan(0);
    expect(followUpsAsked).toBeLessThan(60);
  });

  it('answers a question about a number with a number first', async () => {
    const questions = [
      { ...QUESTIONS[6]!, id: 'q-years', questionText: 'How many years have you run procurement?' },
      { ...QUESTIONS[6]!, id: 'q-share', questionText: 'What share of your spend is on cloud?' },
    ];
    for (const e of await generator.generate(request({ questions, count: 5 }))) {
      expect(e.answers['q-years']).toMatch(/^\d+ years\. /);
      expect(e.answers['q-share']).toMatch(/^Roughly \d+%\. /);
    }
  });

  it("keeps each vendor's rates inside its cost range, ratings within 3.5-5, fit within 0-10", async () => {
    for (const vendor of VENDORS) {
      for (const e of await generator.generate(request({ vendor, count: 25 }))) {
        expect(e.callRateCents).toBeGreaterThanOrEqual(vendor.avgCostPerCallMinCents);
        expect(e.callRateCents).toBeLessThanOrEqual(vendor.avgCostPerCallMaxCents);
        expect(e.rating).toBeGreaterThanOrEqual(3.5);
        expect(e.rating).toBeLessThanOrEqual(5);
        expect(e.aiFitScore).toBeGreaterThanOrEqual(0);
        expect(e.aiFitScore).toBeLessThanOrEqual(10);
      }
    }
  });

  it("places experts in the campaign's regions and its industry", async () => {
    const cities = [...REGION_CITIES['north america']!, ...REGION_CITIES.europe!];
    const experts = await generator.generate(request({ count: 30 }));
    for (const e of experts) expect(cities).toContain(e.geography);
    const hospital = await generator.generate(request({ campaign: HOSPITALS, count: 30 }));
    for (const e of hospital) expect(REGION_CITIES.apac).toContain(e.geography);
    // Most hospital experts come from health systems and their GPOs.
    const hospitals = new Set(employersOf(DOMAINS.find((d) => d.id === 'hospitals')!));
    expect(hospital.filter((e) => hospitals.has(e.company)).length).toBeGreaterThan(
      hospital.length / 2,
    );
  });
});

describe('fit score', () => {
  const ciso = {
    name: 'A',
    title: 'Chief Information Security Officer',
    company: 'Northwind Software',
    geography: 'London, UK',
    description: 'Led cloud security and vendor selection; cut tool sprawl through consolidation.',
    workHistory: [
      {
        company: 'Northwind Software',
        title: 'Chief Information Security Officer',
        from: '2020-01',
        to: null,
      },
    ],
    skills: ['Cloud security', 'Vendor selection', 'Zero trust'],
  };
  const buyer = {
    ...ciso,
    title: 'Senior Buyer',
    company: 'Summit Retail',
    description: 'Runs private label negotiations.',
    workHistory: [{ company: 'Summit Retail', title: 'Senior Buyer', from: '2020-01', to: null }],
    skills: ['Private label', 'Category management'],
  };

  it('is higher for a profile that matches the brief and industry', () => {
    expect(fitScore(ciso, CLOUD_SECURITY)).toBeGreaterThan(fitScore(buyer, CLOUD_SECURITY) + 3);
    expect(fitScore(ciso, CLOUD_SECURITY)).toBeGreaterThan(fitScore(ciso, HOSPITALS));
  });

  it('ranks generated experts who echo the brief above those from other industries', async () => {
    const experts = await generator.generate(request({ count: 80 }));
    const echo = experts.filter((e) => e.description.includes('Recent work centred on'));
    const security = new Set(employersOf(DOMAINS.find((d) => d.id === 'cybersecurity')!));
    const outsiders = experts.filter((e) => !security.has(e.company));
    const mean = (xs: { aiFitScore: number }[]) =>
      xs.reduce((s, x) => s + x.aiFitScore, 0) / xs.length;
    expect(echo.length).toBeGreaterThan(5);
    expect(outsiders.length).toBeGreaterThan(3);
    expect(mean(echo)).toBeGreaterThan(mean(outsiders) + 2);
  });
});
