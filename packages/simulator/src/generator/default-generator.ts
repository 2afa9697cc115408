import { createHash } from 'node:crypto';
import { base, en, Faker } from '@faker-js/faker';
import { answerAll, type Draw, structuredAnswer, textAnswer } from './answers';
import {
  companyName,
  INDUSTRIES,
  type IndustryProfile,
  industryFor,
  REGION_CITIES,
} from './catalog';
import { fitScore, keywords } from './fit';
import type { ExpertGenerator, GeneratedExpert, GenerationRequest, WorkEntry } from './types';

/** A stable 32-bit seed and a short stable id from any string. */
export function digest(text: string): { seed: number; id: string } {
  const hash = createHash('sha256').update(text).digest();
  return { seed: hash.readUInt32BE(0), id: hash.toString('hex').slice(0, 12) };
}

/** The vendor's reference for the expert at `index` of this campaign's enrollment. */
function externalRef(request: GenerationRequest, index: number): string {
  return `${request.vendor.slug}-${digest(`${request.campaign.id}|${request.vendor.id}|${index}`).id}`;
}

/**
 * Offline, deterministic experts: the same campaign, vendor and position give
 * the same expert. Most come from the campaign's industry, some echo its brief,
 * a few are from next door; the fit score follows from the profile.
 */
export function createDefaultGenerator(): ExpertGenerator {
  const faker = new Faker({ locale: [en, base] });
  const draw: Draw = {
    chance: (p) => faker.number.float() < p,
    int: (min, max) => faker.number.int({ min, max }),
    pick: (items) => faker.helpers.arrayElement(items),
    sample: (items, count) => faker.helpers.arrayElements(items, count),
  };

  function generateOne(request: GenerationRequest, index: number): GeneratedExpert {
    const { campaign, vendor } = request;
    faker.seed(digest(`${campaign.id}|${vendor.id}|${index}`).seed);

    const home = industryFor(`${campaign.industryVertical} ${campaign.customIndustry ?? ''}`);
    const relevance = draw.pick([
      'brief',
      'brief',
      'brief',
      'industry',
      'industry',
      'adjacent',
    ] as const);
    const industry: IndustryProfile =
      relevance === 'adjacent' ? draw.pick(INDUSTRIES.filter((i) => i.id !== home.id)) : home;
    const role = draw.pick(industry.roles);
    const company = companyName(draw.pick, industry);
    const years = draw.int(8, 28);
    const former = draw.chance(0.6);
    // Experts who fit the brief list the skills its words point at.
    const brief = keywords(`${campaign.briefDescription} ${campaign.expandedDescription ?? ''}`);
    const echoed =
      relevance === 'brief'
        ? industry.skills
            .filter((skill) => [...keywords(skill)].some((w) => brief.has(w)))
            .slice(0, 3)
        : [];
    const others = draw.sample(
      industry.skills.filter((s) => !echoed.includes(s)),
      draw.int(4, 6) - echoed.length,
    );
    const skills = [...echoed, ...others];
    const [topicA, topicB] = draw.sample(industry.topics, 2);

    const asOf = campaign.createdAt.getUTCFullYear();
    const workHistory = careerOf(draw, industry, role, company, years, former, asOf);
    const profile = {
      name: `${faker.person.firstName()} ${faker.person.lastName()}`,
      title: role.title,
      company,
      geography: geographyOf(draw, [...campaign.targetRegions, ...campaign.customRegions]),
      description: [
        `${former ? 'Former' : 'Current'} ${role.title} at ${company}, ${years} years in ${industry.label.toLowerCase()}.`,
        echoed.length ? `Recent work centred on ${echoed.map(inSentence).join(' and ')}.` : '',
        `Knows ${topicA} and ${topicB} first-hand.`,
      ]
        .filter(Boolean)
        .join(' '),
      workHistory,
      skills,
    };
    const fit = fitScore(profile, campaign);
    const spread = vendor.avgCostPerCallMaxCents - vendor.avgCostPerCallMinCents;
    const position = 0.3 * ((role.seniority - 1) / 2) + 0.7 * faker.number.float();
    const rate = vendor.avgCostPerCallMinCents + Math.round((spread * position) / 2_500) * 2_500;

    return {
      ...profile,
      externalRef: externalRef(request, index),
      rating: 3.5 + draw.int(0, 15) / 10,
      aiFitScore: fit,
      callRateCents: Math.min(vendor.avgCostPerCallMaxCents, rate),
      answers: answerAll(
        request.questions,
        (q) =>
          structuredAnswer(q, fit, draw) ??
          textAnswer(
            {
              question: q.questionText,
              title: role.title,
              company,
              years,
              topic: draw.pick(industry.topics),
              campaign,
            },
            draw,
          ),
      ),
    };
  }

  return {
    name: 'default',
    async generate(request) {
      return Array.from({ length: request.count }, (_, i) =>
        generateOne(request, request.firstIndex + i),
      );
    },
  };
}

/** A skill inside a sentence: "Cloud security" → "cloud security"; "GPO contracting" stays. */
const inSentence = (skill: string) =>
  /^[A-Z][a-z]/.test(skill) ? skill.charAt(0).toLowerCase() + skill.slice(1) : skill;

function geographyOf(draw: Draw, regions: string[]): string {
  const region = regions.length ? draw.pick(regions) : 'Global';
  return draw.pick(REGION_CITIES[region.toLowerCase()] ?? [region]);
}

/** The current (or last) role first, then up to three earlier ones, back to back. */
function careerOf(
  draw: Draw,
  industry: IndustryProfile,
  role: IndustryProfile['roles'][number],
  company: string,
  years: number,
  former: boolean,
  asOf: number,
): WorkEntry[] {
  const now = asOf * 12;
  const careerStart = now - years * 12;
  const end = former ? now - draw.int(6, 36) : null;
  let from = Math.max(careerStart, (end ?? now) - draw.int(18, 72));
  const entries: WorkEntry[] = [
    { company, title: role.title, from: month(from), to: end === null ? null : month(end) },
  ];
  // Earlier roles were junior to the last one.
  const earlier = industry.roles.filter((r) => r.seniority < role.seniority);
  const earlierRoles = earlier.length ? earlier : industry.roles.filter((r) => r.seniority === 1);
  while (from - 24 > careerStart && entries.length < 4) {
    const to = from - draw.int(0, 2);
    from = Math.max(careerStart, to - draw.int(18, 72));
    entries.push({
      company: companyName(draw.pick, industry),
      title: draw.pick(earlierRoles).title,
      from: month(from),
      to: month(to),
    });
  }
  return entries;
}

/** `YYYY-MM` of a month counted from year 0. */
const month = (index: number) =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
