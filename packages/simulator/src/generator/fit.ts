import { industryFor } from './catalog';
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
const MID = /\b(vp|vice president|head|director|managing director)\b/i;

/**
 * How well a profile fits a campaign, 0-10: its industry (40%), the brief's
 * words in its title, roles and skills (40%), and seniority (20%).
 */
export function fitScore(profile: ExpertProfile, campaign: CampaignBrief): number {
  const campaignIndustry = industryFor(
    `${campaign.industryVertical} ${campaign.customIndustry ?? ''}`,
  );
  // What the expert did and can do, not how the profile is written.
  const profileText = [
    profile.title,
    ...profile.skills,
    ...profile.workHistory.map((w) => w.title),
  ].join(' ');
  const profileIndustry = industryFor(`${profileText} ${profile.company}`);
  const industry =
    campaignIndustry.id === 'general' ? 0.6 : profileIndustry.id === campaignIndustry.id ? 1 : 0.15;

  const brief = keywords(`${campaign.briefDescription} ${campaign.expandedDescription ?? ''}`);
  const words = keywords(profileText);
  const hits = [...brief].filter((w) => words.has(w)).length;
  // Full marks for covering most of the brief, not for sharing a word or two with it.
  const overlap = brief.size === 0 ? 0.5 : Math.min(1, hits / Math.max(3, brief.size * 0.6));

  const seniority = SENIOR.test(profile.title) ? 1 : MID.test(profile.title) ? 0.7 : 0.4;
  const score = 10 * (0.4 * industry + 0.4 * overlap + 0.2 * seniority);
  return Math.round(Math.min(10, Math.max(0, score)) * 10) / 10;
}
