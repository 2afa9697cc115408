import { createHash } from 'node:crypto';
import { base, en, Faker } from '@faker-js/faker';
import { answerAll, type Draw, structuredAnswer, textAnswer } from './answers';
import { citiesOf, companyName, INDUSTRIES, type IndustryProfile, industryFor } from './catalog';
import { type Domain, domainFor, type EmployerGroup } from './domains';
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

/** Where an expert comes from: the roles, employers, skills and topics to draw on. */
type Background = {
  label: string;
  roles: readonly Role[];
  skills: readonly string[];
  topics: readonly string[];
  employer: () => string;
  /** An earlier employer, and the roles people hold there. */
  earlier: () => { company: string; roles: readonly Role[] };
};
type Role = { title: string; seniority: 1 | 2 | 3 };

/**
 * Offline, deterministic experts: the same campaign, vendor and position give
 * the same expert. When the brief names a market we know (domains.ts: dental
 * DSOs, semiconductors, ...), most experts work at its operators, payers,
 * suppliers or customers, some are further from it, a few from next door;
 * otherwise they come from the campaign's industry. The fit score follows
 * from the profile.
 */
export function createDefaultGenerator(): ExpertGenerator {
  const faker = new Faker({ locale: [en, base] });
  const draw: Draw = {
    chance: (p) => faker.number.float() < p,
    int: (min, max) => faker.number.int({ min, max }),
    pick: (items) => faker.helpers.arrayElement(items),
    sample: (items, count) => faker.helpers.arrayElements(items, count),
  };

  function fromIndustry(industry: IndustryProfile): Background {
    return {
      label: industry.label.toLowerCase(),
      roles: industry.roles,
      skills: industry.skills,
      topics: industry.topics,
      employer: () => companyName(draw.pick, industry),
      earlier: () => ({ company: companyName(draw.pick, industry), roles: industry.roles }),
    };
  }

  function fromDomain(domain: Domain, group: EmployerGroup): Background {
    return {
      label: domain.label.toLowerCase(),
      roles: group.roles,
      skills: domain.skills,
      topics: domain.topics,
      employer: () => draw.pick(group.names),
      // Careers mostly stay in one corner of a market.
      earlier: () => {
        const where = draw.chance(0.6) ? group : draw.pick(domain.groups);
        return { company: draw.pick(where.names), roles: where.roles };
      },
    };
  }

  /** How close this expert is to the brief, and the background that follows. */
  function backgroundFor(campaign: GenerationRequest['campaign']) {
    const home = industryFor(
      `${campaign.industryVertical} ${campaign.customIndustry ?? ''} ${campaign.subIndustry ?? ''}`,
    );
    const domain = domainFor(campaign);
    // Most proposals are close to the brief, some less so, a few miss it.
    const fit = draw.chance(0.08) ? 'far' : draw.chance(0.22) ? 'near' : 'close';
    if (fit === 'far') {
      // Someone from next door, who knows the brief's market only from the outside.
      const others = INDUSTRIES.filter((i) => i.id !== (domain?.industry ?? home.id));
      return { fit, background: fromIndustry(draw.pick(others)), domain };
    }
    if (!domain) return { fit, background: fromIndustry(home) };
    // The first group is the market itself (the DSOs, the fabs); the others serve it.
    const [market] = domain.groups;
    const group = market && draw.chance(0.55) ? market : draw.pick(domain.groups);
    return { fit, background: fromDomain(domain, group), domain };
  }

  function generateOne(request: GenerationRequest, index: number): GeneratedExpert {
    const { campaign, vendor } = request;
    faker.seed(digest(`${campaign.id}|${vendor.id}|${index}`).seed);

    const { fit: closeness, background, domain } = backgroundFor(campaign);
    // Someone further from the brief is junior, or left the market a while ago.
    const juniors = background.roles.filter((r) => r.seniority === 1);
    const role =
      closeness === 'near' && juniors.length ? draw.pick(juniors) : draw.pick(background.roles);
    const company = background.employer();
    const years = draw.int(8, 28);
    const former = closeness === 'near' || draw.chance(0.45);
    // Experts who fit the brief list the skills its words point at.
    const brief = keywords(`${campaign.briefDescription} ${campaign.expandedDescription ?? ''}`);
    const briefSkills = background.skills.filter((skill) =>
      [...keywords(skill)].some((w) => brief.has(w)),
    );
    const echoed =
      closeness === 'close' && briefSkills.length
        ? draw.sample(briefSkills, draw.int(1, Math.min(3, briefSkills.length)))
        : [];
    const others = draw.sample(
      background.skills.filter((s) => !echoed.includes(s)),
      Math.max(2, draw.int(4, 6) - echoed.length),
    );
    const skills = [...echoed, ...others];
    const [topicA, topicB] = draw.sample(background.topics, 2);

    const asOf = campaign.createdAt.getUTCFullYear();
    const leftMonthsAgo = closeness === 'near' ? draw.int(40, 90) : draw.int(4, 30);
    const workHistory = careerOf(
      draw,
      background,
      role,
      company,
      years,
      former && leftMonthsAgo,
      asOf,
    );
    const profile = {
      name: `${faker.person.firstName()} ${faker.person.lastName()}`,
      title: role.title,
      company,
      geography: geographyOf(draw, [...campaign.targetRegions, ...campaign.customRegions]),
      description: [
        `${former ? 'Former' : 'Current'} ${role.title} at ${company}, ${years} years in ${background.label}.`,
        echoed.length ? `Recent work centred on ${inList(echoed.map(inSentence))}.` : '',
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
    const employers = workHistory.map((w) => w.company);

    return {
      ...profile,
      externalRef: externalRef(request, index),
      rating: 3.5 + draw.int(0, 15) / 10,
      aiFitScore: fit,
      callRateCents: Math.min(vendor.avgCostPerCallMaxCents, rate),
      answers: answerAll(
        request.questions,
        (q) =>
          structuredAnswer(q, fit, draw, { domain, employers }) ??
          textAnswer(
            {
              question: q.questionText,
              title: role.title,
              company,
              years,
              topic: draw.pick(background.topics),
              campaign,
              domain,
              employers,
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

/** "a, b and c". */
const inList = (items: string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** A skill inside a sentence: "Cloud security" → "cloud security"; "GPO contracting" stays. */
const inSentence = (skill: string) =>
  /^[A-Z][a-z]/.test(skill) ? skill.charAt(0).toLowerCase() + skill.slice(1) : skill;

function geographyOf(draw: Draw, regions: string[]): string {
  const region = regions.length ? draw.pick(regions) : 'Global';
  return draw.pick(citiesOf(region) ?? [region]);
}

/** The current (or last) role first, then up to three earlier ones, back to back. */
function careerOf(
  draw: Draw,
  background: Background,
  role: Role,
  company: string,
  years: number,
  /** Months since they left the last role; false while still in it. */
  leftMonthsAgo: number | false,
  asOf: number,
): WorkEntry[] {
  const now = asOf * 12;
  const careerStart = now - years * 12;
  const end = leftMonthsAgo === false ? null : now - leftMonthsAgo;
  let from = Math.max(careerStart, (end ?? now) - draw.int(18, 72));
  const entries: WorkEntry[] = [
    { company, title: role.title, from: month(from), to: end === null ? null : month(end) },
  ];
  while (from - 24 > careerStart && entries.length < 4) {
    const to = from - draw.int(0, 2);
    from = Math.max(careerStart, to - draw.int(18, 72));
    const { company: earlierCompany, roles } = background.earlier();
    // Earlier roles were junior to the last one (or at most as senior).
    const junior = roles.filter((r) => r.seniority < role.seniority);
    const fallback = roles.filter((r) => r.seniority <= role.seniority);
    entries.push({
      company: earlierCompany,
      title: draw.pick(junior.length ? junior : fallback.length ? fallback : roles).title,
      from: month(from),
      to: month(to),
    });
  }
  return entries;
}

/** `YYYY-MM` of a month counted from year 0. */
const month = (index: number) =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
