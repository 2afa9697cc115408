/**
 * The one vocabulary of vendor tags. Every tag a vendor carries is one of
 * these (the clean-up migration `normalize_vendor_tags` wrote exactly
 * `normalizeTags` of the reference data, and a db test holds it to that). A tag
 * is written in sentence case, acronyms kept; the spellings it replaces are its
 * synonyms. Tags compare by `tagKey`: case, spaces, hyphens and punctuation
 * do not count.
 */
export const TAG_GROUPS = [
  'Sectors',
  'Regions',
  'Speed',
  'Access',
  'Service',
  'Platform',
  'Compliance',
  'Pricing',
] as const;
export type TagGroup = (typeof TAG_GROUPS)[number];

type Entry = { group: TagGroup; synonyms?: string[] };

export const VENDOR_TAGS: Record<string, Entry> = {
  // What they know.
  Healthcare: { group: 'Sectors', synonyms: ['Healthcare expertise'] },
  'Life sciences': { group: 'Sectors' },
  Technology: { group: 'Sectors', synonyms: ['Technology focus'] },
  SaaS: { group: 'Sectors', synonyms: ['SaaS focus'] },
  'Financial services': { group: 'Sectors', synonyms: ['Finance focus'] },
  'Private equity': { group: 'Sectors' },
  Consulting: { group: 'Sectors' },
  'Investment research': {
    group: 'Sectors',
    synonyms: ['Research capabilities', 'Research-grade'],
  },
  Manufacturing: { group: 'Sectors' },
  B2B: { group: 'Sectors', synonyms: ['B2B focus'] },
  'Regulated industries': {
    group: 'Sectors',
    synonyms: ['Regulatory', 'Regulatory expertise', 'Regulatory focus'],
  },
  'Cross-industry': {
    group: 'Sectors',
    synonyms: ['Wide expertise', 'Wide coverage', 'Industry depth'],
  },
  // Where.
  Global: {
    group: 'Regions',
    synonyms: ['Global coverage', 'Global reach', 'Global expansion', 'Global project execution'],
  },
  'Multi-region': { group: 'Regions', synonyms: ['Cross-border'] },
  'North America': { group: 'Regions', synonyms: ['US-focused'] },
  Europe: {
    group: 'Regions',
    synonyms: ['European focus', 'European roots', 'EU specialists'],
  },
  APAC: {
    group: 'Regions',
    synonyms: ['APAC coverage', 'APAC bench', 'Asia focus', 'Asia-Pacific', 'Asian markets'],
  },
  China: { group: 'Regions', synonyms: ['China expertise', 'China specialists'] },
  Japan: { group: 'Regions', synonyms: ['Japan specialists'] },
  'Regional specialists': { group: 'Regions', synonyms: ['Regional focus', 'Regional expertise'] },
  'Local languages': { group: 'Regions', synonyms: ['Multi-lingual'] },
  // How fast (the simulator paces each vendor by these).
  'Instant access': { group: 'Speed', synonyms: ['On-demand'] },
  'Same-day response': { group: 'Speed' },
  '24h sourcing': { group: 'Speed' },
  '48h sourcing': { group: 'Speed' },
  '72h sourcing': { group: 'Speed' },
  'Fast turnaround': {
    group: 'Speed',
    synonyms: [
      'Quick turnaround',
      'Rapid sourcing',
      'Fast response',
      'Rapid matching',
      'Quick consultations',
      'Fast booking',
    ],
  },
  // Whom they reach.
  'C-suite access': { group: 'Access', synonyms: ['Executive access', 'Decision makers'] },
  'SME access': { group: 'Access' },
  'Hard-to-reach experts': { group: 'Access', synonyms: ['Hard-to-reach'] },
  'Deep bench': { group: 'Access' },
  'Niche specialists': { group: 'Access' },
  // How they work with you.
  'White-glove service': {
    group: 'Service',
    synonyms: [
      'Premium service',
      'Personalized service',
      'Personalized',
      'Relationship-driven',
      'Personalised service',
    ],
  },
  Boutique: { group: 'Service', synonyms: ['Boutique service'] },
  'Self-service': {
    group: 'Service',
    synonyms: ['Self-service portal', 'User-friendly', 'Easy booking'],
  },
  'Enterprise focus': { group: 'Service' },
  // What they run on.
  'AI matching': { group: 'Platform', synonyms: ['AI-powered matching', 'AI-powered'] },
  'Tech platform': { group: 'Platform', synonyms: ['Technology platform', 'Tech-enabled'] },
  'Transcript library': {
    group: 'Platform',
    synonyms: ['Searchable database', 'Forum platform'],
  },
  'Multi-network access': {
    group: 'Platform',
    synonyms: ['Platform aggregation', 'Multi-vendor'],
  },
  // Compliance.
  Compliance: {
    group: 'Compliance',
    synonyms: ['Compliance heavy', 'Compliance focus'],
  },
  'GDPR compliant': { group: 'Compliance' },
  'SOC 2 certified': { group: 'Compliance' },
  // Money.
  'Cost effective': { group: 'Pricing', synonyms: ['Budget-friendly'] },
  'Transparent pricing': { group: 'Pricing', synonyms: ['Transparent fees'] },
  'Flexible pricing': { group: 'Pricing', synonyms: ['Flexible terms'] },
};

/** What two spellings of one tag share: lower case, letters and digits only. */
export const tagKey = (tag: string) => tag.toLowerCase().replace(/[^a-z0-9]+/g, '');

const CANONICAL = new Map<string, string>(
  Object.entries(VENDOR_TAGS).flatMap(([tag, { synonyms = [] }]) =>
    [tag, ...synonyms].map((spelling) => [tagKey(spelling), tag] as const),
  ),
);

/** The vocabulary's spelling of a tag, or undefined for a tag outside it. */
export const canonicalTag = (tag: string): string | undefined => CANONICAL.get(tagKey(tag));

/** A vendor's tags in the vocabulary: each once, in first-seen order; unknown ones trimmed, kept. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of tags) {
    const tag = canonicalTag(raw) ?? raw.trim();
    if (tag && !seen.has(tagKey(tag))) seen.set(tagKey(tag), tag);
  }
  return [...seen.values()];
}

export const tagGroup = (tag: string): TagGroup | undefined => VENDOR_TAGS[tag]?.group;
