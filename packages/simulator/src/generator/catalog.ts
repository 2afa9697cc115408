/**
 * What experts of each industry look like: the roles they held, the skills they
 * list, what their employers are called, and what they talk about. Matched to a
 * campaign by keywords in its industry; anything else gets a general profile.
 */
export type Seniority = 1 | 2 | 3;
export type IndustryProfile = {
  id: string;
  label: string;
  keywords: string[];
  roles: { title: string; seniority: Seniority }[];
  skills: string[];
  companySuffixes: string[];
  topics: string[];
};

const C_SUITE = [
  { title: 'Chief Executive Officer', seniority: 3 },
  { title: 'Chief Operating Officer', seniority: 3 },
  { title: 'Chief Financial Officer', seniority: 3 },
] as const;

export const INDUSTRIES: IndustryProfile[] = [
  {
    id: 'software',
    label: 'Technology',
    keywords: [
      'technology',
      'software',
      'saas',
      'tech',
      'cloud',
      'cyber',
      'security',
      'ai',
      'data',
      'it',
    ],
    roles: [
      ...C_SUITE,
      { title: 'Chief Information Security Officer', seniority: 3 },
      { title: 'Chief Technology Officer', seniority: 3 },
      { title: 'VP Engineering', seniority: 2 },
      { title: 'VP Product', seniority: 2 },
      { title: 'Head of IT Infrastructure', seniority: 2 },
      { title: 'Director of Cloud Operations', seniority: 2 },
      { title: 'Enterprise Account Executive', seniority: 1 },
      { title: 'Senior Product Manager', seniority: 1 },
    ],
    skills: [
      'Cloud security',
      'SaaS pricing',
      'Enterprise sales',
      'Kubernetes',
      'Vendor selection',
      'Zero trust',
      'Data platforms',
      'Go-to-market',
      'Product-led growth',
      'IT procurement',
      'Observability',
      'AI/ML adoption',
    ],
    companySuffixes: ['Software', 'Systems', 'Labs', 'Cloud', 'Networks', 'Technologies'],
    topics: [
      'tool consolidation',
      'cloud spend',
      'renewal negotiations',
      'security budgets',
      'migration to SaaS',
      'AI copilots in the stack',
    ],
  },
  {
    id: 'healthcare',
    label: 'Healthcare',
    keywords: [
      'health',
      'healthcare',
      'hospital',
      'medical',
      'clinical',
      'provider',
      'payer',
      'medtech',
      'device',
    ],
    roles: [
      ...C_SUITE,
      { title: 'Chief Medical Officer', seniority: 3 },
      { title: 'VP Revenue Cycle', seniority: 2 },
      { title: 'Director of Supply Chain', seniority: 2 },
      { title: 'Head of Value-Based Care', seniority: 2 },
      { title: 'Hospital Procurement Manager', seniority: 1 },
      { title: 'Clinical Operations Manager', seniority: 1 },
    ],
    skills: [
      'Revenue cycle management',
      'Value-based care',
      'GPO contracting',
      'Clinical workflows',
      'EHR implementation',
      'Reimbursement',
      'Medical devices',
      'Payer negotiations',
      'Patient access',
      'CMS regulation',
    ],
    companySuffixes: ['Health', 'Health System', 'Medical Group', 'Care Partners', 'MedTech'],
    topics: [
      'reimbursement pressure',
      'staffing costs',
      'GPO contracts',
      'device standardisation',
      'payer mix',
    ],
  },
  {
    id: 'life-sciences',
    label: 'Life Sciences',
    keywords: [
      'pharma',
      'pharmaceutical',
      'biotech',
      'life',
      'sciences',
      'drug',
      'cro',
      'therapeutics',
      'clinical trials',
    ],
    roles: [
      { title: 'Chief Scientific Officer', seniority: 3 },
      { title: 'Chief Commercial Officer', seniority: 3 },
      { title: 'VP Clinical Development', seniority: 2 },
      { title: 'Head of Market Access', seniority: 2 },
      { title: 'Director of Regulatory Affairs', seniority: 2 },
      { title: 'Senior Medical Science Liaison', seniority: 1 },
      { title: 'Clinical Trial Manager', seniority: 1 },
    ],
    skills: [
      'Clinical trials',
      'Market access',
      'FDA submissions',
      'CRO management',
      'Oncology',
      'Biologics',
      'Pricing and reimbursement',
      'Launch strategy',
      'Real-world evidence',
      'CMC',
    ],
    companySuffixes: ['Therapeutics', 'Biosciences', 'Pharma', 'Biologics', 'Life Sciences'],
    topics: [
      'trial recruitment',
      'launch readiness',
      'CRO pricing',
      'payer access',
      'biosimilar competition',
    ],
  },
  {
    id: 'financial-services',
    label: 'Financial Services',
    keywords: [
      'financial',
      'finance',
      'bank',
      'banking',
      'insurance',
      'fintech',
      'payments',
      'asset',
      'wealth',
      'lending',
    ],
    roles: [
      ...C_SUITE,
      { title: 'Chief Risk Officer', seniority: 3 },
      { title: 'Head of Payments', seniority: 2 },
      { title: 'Managing Director, Lending', seniority: 2 },
      { title: 'VP Operations', seniority: 2 },
      { title: 'Compliance Manager', seniority: 1 },
      { title: 'Treasury Manager', seniority: 1 },
    ],
    skills: [
      'Payments',
      'Credit risk',
      'KYC/AML',
      'Core banking',
      'Wealth management',
      'Insurance underwriting',
      'Regulatory reporting',
      'Treasury',
      'Embedded finance',
      'Fraud prevention',
    ],
    companySuffixes: [
      'Bank',
      'Capital',
      'Financial',
      'Payments',
      'Insurance Group',
      'Asset Management',
    ],
    topics: [
      'core banking replacement',
      'fraud losses',
      'interchange economics',
      'regulatory change',
      'deposit pricing',
    ],
  },
  {
    id: 'consumer-retail',
    label: 'Consumer & Retail',
    keywords: [
      'consumer',
      'retail',
      'ecommerce',
      'e-commerce',
      'cpg',
      'brand',
      'apparel',
      'grocery',
      'restaurant',
      'food',
    ],
    roles: [
      ...C_SUITE,
      { title: 'Chief Merchandising Officer', seniority: 3 },
      { title: 'VP E-commerce', seniority: 2 },
      { title: 'Head of Category Management', seniority: 2 },
      { title: 'Director of Supply Planning', seniority: 2 },
      { title: 'Senior Buyer', seniority: 1 },
      { title: 'Store Operations Manager', seniority: 1 },
    ],
    skills: [
      'Category management',
      'Private label',
      'E-commerce',
      'Trade promotion',
      'Supply planning',
      'Loyalty programs',
      'Omnichannel',
      'Pricing',
      'Retail media',
      'Vendor negotiations',
    ],
    companySuffixes: ['Brands', 'Retail', 'Foods', 'Stores', 'Consumer Goods'],
    topics: [
      'private-label share',
      'promotional intensity',
      'shelf-space negotiations',
      'retail media budgets',
      'shrink',
    ],
  },
  {
    id: 'industrials',
    label: 'Industrials',
    keywords: [
      'industrial',
      'industrials',
      'manufacturing',
      'aerospace',
      'defense',
      'chemicals',
      'machinery',
      'automation',
      'automotive',
      'semiconductor',
    ],
    roles: [
      ...C_SUITE,
      { title: 'VP Manufacturing', seniority: 2 },
      { title: 'Head of Procurement', seniority: 2 },
      { title: 'Director of Operations', seniority: 2 },
      { title: 'Plant Manager', seniority: 1 },
      { title: 'Senior Supply Chain Manager', seniority: 1 },
    ],
    skills: [
      'Lean manufacturing',
      'Strategic sourcing',
      'Industrial automation',
      'Supplier quality',
      'Capex planning',
      'MRO',
      'S&OP',
      'Aftermarket services',
      'Reshoring',
      'Predictive maintenance',
    ],
    companySuffixes: ['Industries', 'Manufacturing', 'Automation', 'Components', 'Engineering'],
    topics: [
      'supplier lead times',
      'automation payback',
      'aftermarket pricing',
      'capacity utilisation',
      'input-cost inflation',
    ],
  },
  {
    id: 'energy',
    label: 'Energy & Utilities',
    keywords: [
      'energy',
      'utilities',
      'utility',
      'oil',
      'gas',
      'renewable',
      'renewables',
      'solar',
      'wind',
      'power',
      'battery',
      'climate',
    ],
    roles: [
      ...C_SUITE,
      { title: 'VP Grid Operations', seniority: 2 },
      { title: 'Head of Renewable Development', seniority: 2 },
      { title: 'Director of Energy Trading', seniority: 2 },
      { title: 'Project Development Manager', seniority: 1 },
      { title: 'Asset Manager, Solar', seniority: 1 },
    ],
    skills: [
      'PPA structuring',
      'Grid interconnection',
      'Battery storage',
      'Energy trading',
      'Project finance',
      'Permitting',
      'Utility regulation',
      'EPC contracting',
      'Carbon markets',
      'Asset management',
    ],
    companySuffixes: ['Energy', 'Power', 'Renewables', 'Utilities', 'Solar'],
    topics: [
      'interconnection queues',
      'PPA pricing',
      'storage economics',
      'rate cases',
      'permitting timelines',
    ],
  },
  {
    id: 'logistics',
    label: 'Transportation & Logistics',
    keywords: [
      'logistics',
      'transport',
      'transportation',
      'shipping',
      'freight',
      'trucking',
      'supply',
      'warehouse',
      'airline',
    ],
    roles: [
      ...C_SUITE,
      { title: 'VP Logistics', seniority: 2 },
      { title: 'Head of Freight Procurement', seniority: 2 },
      { title: 'Director of Warehouse Operations', seniority: 2 },
      { title: 'Fleet Manager', seniority: 1 },
      { title: 'Transportation Planner', seniority: 1 },
    ],
    skills: [
      'Freight procurement',
      'Warehouse automation',
      'Last-mile delivery',
      'TMS',
      'Fleet management',
      'Cross-border trade',
      '3PL management',
      'Network design',
      'Cold chain',
      'Customs',
    ],
    companySuffixes: ['Logistics', 'Freight', 'Transport', 'Shipping', 'Distribution'],
    topics: [
      'contract vs spot rates',
      'warehouse labour',
      'carrier consolidation',
      'last-mile costs',
      'nearshoring',
    ],
  },
];

/** For an industry we have no catalog for: senior generalists. */
const GENERAL: IndustryProfile = {
  id: 'general',
  label: 'General',
  keywords: [],
  roles: [
    ...C_SUITE,
    { title: 'VP Strategy', seniority: 2 },
    { title: 'Head of Business Development', seniority: 2 },
    { title: 'Director of Operations', seniority: 2 },
    { title: 'Senior Manager, Corporate Development', seniority: 1 },
  ],
  skills: [
    'Strategy',
    'M&A integration',
    'Pricing',
    'Operations',
    'Procurement',
    'Go-to-market',
    'Budgeting',
    'Partnerships',
  ],
  companySuffixes: ['Group', 'Holdings', 'Partners', 'Inc.', 'Co.'],
  topics: [
    'pricing power',
    'competitive dynamics',
    'customer churn',
    'budget cycles',
    'vendor selection',
  ],
};

const NAME_STEMS = [
  'Northwind',
  'Bluewater',
  'Crestline',
  'Meridian',
  'Halcyon',
  'Summit',
  'Ironbridge',
  'Lumen',
  'Cobalt',
  'Granite',
  'Vantage',
  'Evergreen',
  'Beacon',
  'Atlas',
  'Keystone',
  'Harbor',
  'Silverline',
  'Redwood',
  'Pinnacle',
  'Orion',
  'Juniper',
  'Sterling',
  'Aurora',
  'Kestrel',
];

export function companyName(
  pick: <T>(items: readonly T[]) => T,
  industry: IndustryProfile,
): string {
  return `${pick(NAME_STEMS)} ${pick(industry.companySuffixes)}`;
}

/**
 * Cities per region, for an expert's geography: city, state or province where
 * the country has them, and country, so "Atlanta, Georgia, USA" is never read
 * as the country Georgia ("Tbilisi, Georgia").
 */
const NORTH_AMERICA = [
  'New York, New York, USA',
  'San Francisco, California, USA',
  'Chicago, Illinois, USA',
  'Boston, Massachusetts, USA',
  'Austin, Texas, USA',
  'Atlanta, Georgia, USA',
  'Phoenix, Arizona, USA',
  'Nashville, Tennessee, USA',
  'Toronto, Ontario, Canada',
];
const EUROPE = [
  'London, England, UK',
  'Berlin, Germany',
  'Munich, Bavaria, Germany',
  'Paris, France',
  'Amsterdam, Netherlands',
  'Eindhoven, Netherlands',
  'Zurich, Switzerland',
  'Stockholm, Sweden',
  'Madrid, Spain',
  'Tbilisi, Georgia',
];
const APAC = [
  'Singapore',
  'Hong Kong',
  'Tokyo, Japan',
  'Hsinchu, Taiwan',
  'Seoul, South Korea',
  'Sydney, New South Wales, Australia',
  'Shanghai, China',
  'Mumbai, Maharashtra, India',
];
const MIDDLE_EAST = ['Dubai, UAE', 'Riyadh, Saudi Arabia', 'Doha, Qatar', 'Tel Aviv, Israel'];
const AFRICA = [
  'Johannesburg, Gauteng, South Africa',
  'Lagos, Nigeria',
  'Nairobi, Kenya',
  'Cairo, Egypt',
];
export const REGION_CITIES: Record<string, string[]> = {
  'north america': NORTH_AMERICA,
  'united states': NORTH_AMERICA.filter((c) => c.endsWith('USA')),
  us: NORTH_AMERICA.filter((c) => c.endsWith('USA')),
  europe: EUROPE,
  apac: APAC,
  'asia pacific': APAC,
  asia: APAC.filter((c) => !c.includes('Australia')),
  'latin america': [
    'São Paulo, São Paulo, Brazil',
    'Mexico City, Mexico',
    'Monterrey, Nuevo León, Mexico',
    'Bogotá, Colombia',
    'Santiago, Chile',
  ],
  'middle east': MIDDLE_EAST,
  africa: AFRICA,
  'middle east & africa': [...MIDDLE_EAST, ...AFRICA],
  global: [
    'New York, New York, USA',
    'London, England, UK',
    'Singapore',
    'Frankfurt, Hesse, Germany',
  ],
};

/** The cities of a region as a user wrote it ("Asia-Pacific", "north america"), if we know it. */
export const citiesOf = (region: string): string[] | undefined =>
  REGION_CITIES[region.toLowerCase().replace(/-/g, ' ').trim()];

export function industryFor(text: string): IndustryProfile {
  const words = new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9&-]+/)
      .filter(Boolean),
  );
  let best: { profile: IndustryProfile; hits: number } = { profile: GENERAL, hits: 0 };
  for (const profile of INDUSTRIES) {
    const hits = profile.keywords.filter((k) => words.has(k)).length;
    if (hits > best.hits) best = { profile, hits };
  }
  return best.profile;
}
