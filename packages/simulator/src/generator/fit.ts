import { citiesOf, industryFor } from './catalog';
import { domainFor, employersOf, mentions, wordsOf } from './domains';
import type { CampaignBrief, ExpertProfile } from './types';

const STOPWORDS = new Set(
  'about above after again against their there these those which while would could should where with from into have been being them they this that what when will your yours over under more most other some such than then very just also only both each into onto across within using used make made need needs want wants understand understanding speak talk calls call experts expert company companies market markets view views'.split(
    ' ',
  ),
);

/** The words of a text that carry meaning (lower case, 4+ letters, no stop words). */
export function keywords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 4 && !STOPWORDS.has(w)),
  );
}

const SENIOR = /\b(chief|ceo|cfo|coo|cto|ciso|president|founder|partner)\b/i;
const MID = /\b(vp|vice president|head|director|managing director|deputy)\b/i;

/** How close a profile is to the campaign's market: its domain's employers, its words, its industry. */
function marketMatch(profile: ExpertProfile, campaign: CampaignBrief, profileText: string): number {
  const domain = domainFor(campaign);
  const campaignIndustry = industryFor(
    `${campaign.industryVertical} ${campaign.customIndustry ?? ''} ${campaign.subIndustry ?? ''}`,
  );
  const profileIndustry = industryFor(`${profileText} ${profile.company}`);
  const sameIndustry = profileIndustry.id === campaignIndustry.id;
  if (domain) {
    const employers = new Set(employersOf(domain));
    if (employers.has(profile.company)) return 1;
    const words = wordsOf(`${profileText} ${profile.company} ${profile.description}`);
    if (domain.keywords.some((k) => mentions(words, k))) return 0.75;
    if (profile.workHistory.some((w) => employers.has(w.company))) return 0.7;
    return domain.industry === profileIndustry.id ? 0.45 : 0.1;
  }
  if (campaignIndustry.id === 'general') return 0.6;
  return sameIndustry ? 1 : 0.15;
}

/** Months between a `YYYY-MM` and the campaign's start. */
const monthsBefore = (yearMonth: string, campaign: CampaignBrief) => {
  const [y, m] = yearMonth.split('-').map(Number);
  return (
    campaign.createdAt.getUTCFullYear() * 12 +
    campaign.createdAt.getUTCMonth() -
    ((y ?? 0) * 12 + (m ?? 1) - 1)
  );
};

/**
 * How well a profile fits a campaign, 0-10: its market (the brief's domain
 * or industry, 40%), the brief's words in what it did (25%), seniority (15%),
 * how recent its experience is (10%) and whether it sits in the campaign's
 * regions (10%).
 */
export function fitScore(profile: ExpertProfile, campaign: CampaignBrief): number {
  // What the expert did and can do, not how the profile is written.
  const profileText = [
    profile.title,
    ...profile.skills,
    ...profile.workHistory.map((w) => w.title),
  ].join(' ');
  const market = marketMatch(profile, campaign, profileText);

  const brief = keywords(`${campaign.briefDescription} ${campaign.expandedDescription ?? ''}`);
  const words = keywords(`${profileText} ${profile.description}`);
  const hits = [...brief].filter((w) => words.has(w)).length;
  // Full marks for covering much of the brief, not for sharing a word or two with it.
  const overlap = brief.size === 0 ? 0.5 : Math.min(1, hits / Math.max(4, brief.size * 0.7));

  const seniority = SENIOR.test(profile.title) ? 1 : MID.test(profile.title) ? 0.65 : 0.35;
  const lastDay = profile.workHistory[0]?.to;
  const recency = !lastDay ? 1 : monthsBefore(lastDay, campaign) <= 24 ? 0.7 : 0.25;
  const regions = [...campaign.targetRegions, ...campaign.customRegions];
  // Same country ("..., USA") as one of the regions' cities.
  const countries = regions.flatMap((r) => citiesOf(r) ?? [r]).map((c) => c.split(', ').at(-1));
  const local =
    regions.length === 0 || countries.some((c) => c && profile.geography.endsWith(c)) ? 1 : 0.4;

  const score =
    10 * (0.4 * market + 0.25 * overlap + 0.15 * seniority + 0.1 * recency + 0.1 * local);
  return Math.round(Math.min(10, Math.max(0, score)) * 10) / 10;
}
