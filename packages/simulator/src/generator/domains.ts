/**
 * Sub-industries a brief can be about, each with who works there: groups of
 * employers (the operators, their payers, suppliers, customers...) with the
 * titles people hold at them, the skills they list and what they talk about.
 * A campaign's sub-industry, brief and name pick the domain (`domainFor`);
 * a question that names a group ("Which DSOs...?") is answered with its names.
 * Employers are real, well-known companies so answers read as a market does;
 * the people are invented.
 */
import type { Seniority } from './catalog';

type Role = { title: string; seniority: Seniority };
export type EmployerGroup = {
  /** What the group is called in a sentence ("DSO", "dental payer"). */
  kind: string;
  /** Words a question uses for this group. */
  asked: string[];
  names: string[];
  roles: Role[];
};
export type Domain = {
  id: string;
  label: string;
  /** The broad industry (catalog id) it belongs to. */
  industry: string;
  /** Words and phrases of a brief that point here. */
  keywords: string[];
  groups: EmployerGroup[];
  skills: string[];
  topics: string[];
};

const r = (title: string, seniority: Seniority): Role => ({ title, seniority });

export const DOMAINS: Domain[] = [
  {
    id: 'dental',
    label: 'Dental services',
    industry: 'healthcare',
    keywords: ['dental', 'dentist', 'dentistry', 'dso', 'dsos', 'orthodontic', 'orthodontics'],
    groups: [
      {
        kind: 'DSO',
        asked: ['dso', 'dsos', 'dental service organization', 'dental group', 'practice'],
        names: [
          'Heartland Dental',
          'Aspen Dental',
          'Pacific Dental Services',
          'Smile Brands',
          'Dental Care Alliance',
          'MB2 Dental',
          'Western Dental',
          'Mortenson Dental Partners',
          'Affordable Care',
          'Great Expressions Dental Centers',
        ],
        roles: [
          r('Chief Operating Officer', 3),
          r('Chief Dental Officer', 3),
          r('VP Operations', 2),
          r('VP Practice Acquisitions', 2),
          r('Director of Revenue Cycle', 2),
          r('Regional Director of Operations', 2),
          r('Director of Procurement', 2),
          r('Practice Integration Manager', 1),
        ],
      },
      {
        kind: 'dental payer',
        asked: ['payer', 'payers', 'insurer', 'insurers', 'carrier', 'carriers', 'plan', 'plans'],
        names: [
          'Delta Dental',
          'MetLife Dental',
          'Guardian Life',
          'Cigna Dental',
          'United Concordia',
          'Humana Dental',
        ],
        roles: [
          r('VP Dental Network Management', 2),
          r('Director of Provider Contracting', 2),
          r('Head of Dental Product', 2),
          r('Provider Relations Manager', 1),
        ],
      },
      {
        kind: 'dental supply distributor',
        asked: [
          'distributor',
          'distributors',
          'supplier',
          'suppliers',
          'supply',
          'vendor',
          'vendors',
        ],
        names: [
          'Henry Schein',
          'Patterson Dental',
          'Benco Dental',
          'Dentsply Sirona',
          'Darby Dental Supply',
        ],
        roles: [
          r('VP DSO Strategic Accounts', 2),
          r('Director of Category Management', 2),
          r('Regional Sales Director', 2),
          r('Key Account Manager, DSOs', 1),
        ],
      },
    ],
    skills: [
      'DSO operations',
      'De novo practice openings',
      'Practice acquisitions',
      'Dental revenue cycle',
      'Payer contracting',
      'Dental supply procurement',
      'Clinician recruiting and retention',
      'Hygiene production',
      'PPO fee schedules',
      'Clear aligners',
    ],
    topics: [
      'PPO reimbursement rates',
      'de novo ramp times',
      'hygienist shortages',
      'supply cost per visit',
      'practice acquisition multiples',
      'payer mix',
    ],
  },
  {
    id: 'veterinary',
    label: 'Veterinary services',
    industry: 'healthcare',
    keywords: ['veterinary', 'vet', 'vets', 'animal health', 'pet', 'pets', 'clinic', 'clinics'],
    groups: [
      {
        kind: 'veterinary group',
        asked: [
          'group',
          'groups',
          'consolidator',
          'consolidators',
          'clinic',
          'clinics',
          'hospital',
        ],
        names: [
          'Mars Veterinary Health',
          'VCA Animal Hospitals',
          'National Veterinary Associates',
          'Thrive Pet Healthcare',
          'Southern Veterinary Partners',
          'PetVet Care Centers',
        ],
        roles: [
          r('Chief Medical Officer', 3),
          r('VP Operations', 2),
          r('VP Hospital Acquisitions', 2),
          r('Regional Medical Director', 2),
          r('Hospital Manager', 1),
        ],
      },
      {
        kind: 'animal health supplier',
        asked: ['distributor', 'distributors', 'supplier', 'suppliers', 'vendor', 'vendors'],
        names: ['Covetrus', 'Zoetis', 'IDEXX Laboratories', 'Elanco', 'MWI Animal Health'],
        roles: [
          r('VP Corporate Accounts', 2),
          r('Director of Market Development', 2),
          r('Territory Manager', 1),
        ],
      },
    ],
    skills: [
      'Veterinary hospital operations',
      'Clinic acquisitions',
      'Veterinarian recruiting',
      'Diagnostics',
      'Pet insurance',
      'Pharmacy margins',
    ],
    topics: [
      'veterinarian shortages',
      'visit pricing',
      'acquisition multiples',
      'diagnostics revenue',
    ],
  },
  {
    id: 'hospitals',
    label: 'Hospitals and health systems',
    industry: 'healthcare',
    keywords: [
      'hospital',
      'hospitals',
      'health system',
      'health systems',
      'gpo',
      'idn',
      'acute care',
    ],
    groups: [
      {
        kind: 'health system',
        asked: ['hospital', 'hospitals', 'health system', 'health systems', 'idn', 'provider'],
        names: [
          'HCA Healthcare',
          'CommonSpirit Health',
          'Ascension',
          'Providence',
          'Tenet Healthcare',
          'Advocate Health',
          'Mass General Brigham',
        ],
        roles: [
          r('Chief Supply Chain Officer', 3),
          r('Chief Financial Officer', 3),
          r('VP Supply Chain', 2),
          r('Director of Value Analysis', 2),
          r('Director of Perioperative Services', 2),
          r('Hospital Procurement Manager', 1),
        ],
      },
      {
        kind: 'GPO',
        asked: ['gpo', 'gpos', 'group purchasing'],
        names: ['Vizient', 'Premier Inc.', 'HealthTrust'],
        roles: [
          r('VP Contracting', 2),
          r('Director of Sourcing, Medical Devices', 2),
          r('Portfolio Manager', 1),
        ],
      },
    ],
    skills: [
      'GPO contracting',
      'Value analysis',
      'Medical device standardisation',
      'Supply chain',
      'Physician preference items',
      'Revenue cycle management',
    ],
    topics: [
      'GPO contracts',
      'device standardisation',
      'staffing costs',
      'physician preference items',
    ],
  },
  {
    id: 'medtech',
    label: 'Medical devices',
    industry: 'healthcare',
    keywords: [
      'medtech',
      'medical device',
      'medical devices',
      'orthopedic',
      'implant',
      'implants',
      'surgical',
    ],
    groups: [
      {
        kind: 'device maker',
        asked: [
          'manufacturer',
          'manufacturers',
          'device',
          'devices',
          'oem',
          'competitor',
          'competitors',
        ],
        names: [
          'Medtronic',
          'Stryker',
          'Boston Scientific',
          'Zimmer Biomet',
          'Edwards Lifesciences',
          'Smith+Nephew',
        ],
        roles: [
          r('VP Marketing', 2),
          r('VP Sales', 2),
          r('Director of Market Access', 2),
          r('Senior Product Manager', 1),
          r('Regional Sales Manager', 1),
        ],
      },
    ],
    skills: [
      'Device launches',
      'Hospital sales',
      'Reimbursement',
      'Clinical evidence',
      'FDA 510(k)',
    ],
    topics: [
      'hospital capital budgets',
      'pricing pressure',
      'procedure volumes',
      'reimbursement codes',
    ],
  },
  {
    id: 'semiconductors',
    label: 'Semiconductors',
    industry: 'industrials',
    keywords: [
      'semiconductor',
      'semiconductors',
      'chip',
      'chips',
      'fab',
      'fabs',
      'foundry',
      'wafer',
      'lithography',
      'euv',
    ],
    groups: [
      {
        kind: 'fab',
        asked: ['fab', 'fabs', 'foundry', 'foundries', 'chipmaker', 'chipmakers', 'manufacturer'],
        names: [
          'TSMC',
          'Samsung Foundry',
          'Intel',
          'GlobalFoundries',
          'Micron Technology',
          'SK hynix',
          'Texas Instruments',
          'UMC',
        ],
        roles: [
          r('VP Fab Operations', 2),
          r('Director of Process Integration', 2),
          r('Director of Equipment Engineering', 2),
          r('Fab Manager', 2),
          r('Senior Process Engineer', 1),
          r('Yield Engineering Manager', 1),
        ],
      },
      {
        kind: 'equipment maker',
        asked: [
          'equipment',
          'tool',
          'tools',
          'toolmaker',
          'vendor',
          'vendors',
          'supplier',
          'suppliers',
        ],
        names: [
          'ASML',
          'Applied Materials',
          'Lam Research',
          'KLA',
          'Tokyo Electron',
          'ASM International',
        ],
        roles: [
          r('VP Customer Operations', 2),
          r('Director of Product Marketing', 2),
          r('Head of Field Service', 2),
          r('Account Technical Manager', 1),
        ],
      },
      {
        kind: 'chip designer',
        asked: ['fabless', 'designer', 'designers', 'customer', 'customers'],
        names: ['NVIDIA', 'Qualcomm', 'AMD', 'Broadcom', 'MediaTek', 'Marvell Technology'],
        roles: [
          r('VP Supply Chain', 2),
          r('Director of Foundry Relations', 2),
          r('Senior Operations Manager', 1),
        ],
      },
    ],
    skills: [
      'Process integration',
      'Yield improvement',
      'Lithography',
      'Fab capacity planning',
      'Equipment procurement',
      'Advanced packaging',
      'Wafer fab equipment',
      'Foundry contracts',
    ],
    topics: [
      'wafer fab equipment spend',
      'leading-edge capacity',
      'EUV tool lead times',
      'advanced packaging capacity',
      'export controls',
    ],
  },
  {
    id: 'cybersecurity',
    label: 'Cybersecurity',
    industry: 'software',
    keywords: ['cybersecurity', 'security', 'ciso', 'cisos', 'siem', 'endpoint', 'zero trust'],
    groups: [
      {
        kind: 'security vendor',
        asked: ['vendor', 'vendors', 'tool', 'tools', 'provider', 'competitor', 'competitors'],
        names: [
          'CrowdStrike',
          'Palo Alto Networks',
          'Zscaler',
          'Okta',
          'SentinelOne',
          'Wiz',
          'Fortinet',
        ],
        roles: [
          r('VP Product', 2),
          r('Regional VP Sales', 2),
          r('Director of Product Marketing', 2),
          r('Senior Solutions Engineer', 1),
        ],
      },
      {
        kind: 'enterprise security buyer',
        asked: ['buyer', 'buyers', 'customer', 'customers', 'enterprise', 'enterprises'],
        names: ['JPMorgan Chase', 'Walmart', 'Pfizer', 'Target', 'Capital One', 'Siemens'],
        roles: [
          r('Chief Information Security Officer', 3),
          r('Deputy CISO', 2),
          r('Director of Security Operations', 2),
          r('Head of Cloud Security', 2),
          r('Security Architect', 1),
        ],
      },
    ],
    skills: [
      'Cloud security',
      'Zero trust',
      'Vendor selection',
      'Tool consolidation',
      'SIEM',
      'Endpoint security',
      'Identity and access',
    ],
    topics: [
      'tool consolidation',
      'security budgets',
      'platform vs best-of-breed',
      'renewal negotiations',
    ],
  },
  {
    id: 'pharma',
    label: 'Pharmaceuticals and biotech',
    industry: 'life-sciences',
    keywords: [
      'pharma',
      'pharmaceutical',
      'biotech',
      'oncology',
      'drug',
      'drugs',
      'biologics',
      'biosimilar',
      'glp-1',
    ],
    groups: [
      {
        kind: 'drugmaker',
        asked: [
          'pharma',
          'drugmaker',
          'drugmakers',
          'manufacturer',
          'competitor',
          'competitors',
          'sponsor',
        ],
        names: ['Pfizer', 'Merck', 'AstraZeneca', 'Novartis', 'Roche', 'Eli Lilly', 'Novo Nordisk'],
        roles: [
          r('VP Market Access', 2),
          r('Head of Oncology Marketing', 2),
          r('Director of Pricing and Reimbursement', 2),
          r('Senior Medical Science Liaison', 1),
        ],
      },
      {
        kind: 'CRO',
        asked: ['cro', 'cros', 'trial', 'trials'],
        names: ['IQVIA', 'ICON', 'Parexel', 'Syneos Health', 'Medpace'],
        roles: [
          r('VP Clinical Operations', 2),
          r('Director of Business Development', 2),
          r('Clinical Trial Manager', 1),
        ],
      },
    ],
    skills: [
      'Market access',
      'Clinical trials',
      'Launch strategy',
      'Pricing and reimbursement',
      'Oncology',
      'CRO management',
    ],
    topics: ['payer access', 'launch readiness', 'trial recruitment', 'biosimilar competition'],
  },
  {
    id: 'payments',
    label: 'Payments and banking',
    industry: 'financial-services',
    keywords: [
      'payments',
      'payment',
      'acquiring',
      'merchant',
      'card',
      'cards',
      'bank',
      'banks',
      'banking',
      'fintech',
    ],
    groups: [
      {
        kind: 'payments company',
        asked: [
          'processor',
          'processors',
          'acquirer',
          'acquirers',
          'psp',
          'provider',
          'providers',
          'competitor',
        ],
        names: ['Adyen', 'Stripe', 'Fiserv', 'Worldpay', 'Global Payments', 'Block', 'PayPal'],
        roles: [
          r('Head of Payments', 2),
          r('VP Merchant Acquiring', 2),
          r('Director of Partnerships', 2),
          r('Product Manager, Payments', 1),
        ],
      },
      {
        kind: 'bank',
        asked: ['bank', 'banks', 'issuer', 'issuers'],
        names: ['JPMorgan Chase', 'Bank of America', 'Wells Fargo', 'Citi', 'Barclays', 'HSBC'],
        roles: [
          r('Chief Risk Officer', 3),
          r('Managing Director, Treasury Services', 2),
          r('VP Card Products', 2),
          r('Compliance Manager', 1),
        ],
      },
    ],
    skills: [
      'Payments',
      'Merchant acquiring',
      'Interchange',
      'Fraud prevention',
      'KYC/AML',
      'Embedded finance',
    ],
    topics: ['interchange economics', 'take rates', 'fraud losses', 'merchant churn'],
  },
  {
    id: 'grocery',
    label: 'Grocery and food retail',
    industry: 'consumer-retail',
    keywords: [
      'grocery',
      'grocer',
      'grocers',
      'supermarket',
      'supermarkets',
      'private label',
      'food retail',
    ],
    groups: [
      {
        kind: 'grocer',
        asked: ['grocer', 'grocers', 'retailer', 'retailers', 'chain', 'chains', 'competitor'],
        names: ['Kroger', 'Albertsons', 'Ahold Delhaize', 'Publix', 'H-E-B', 'Aldi', 'Tesco'],
        roles: [
          r('Chief Merchandising Officer', 3),
          r('VP Private Brands', 2),
          r('Head of Category Management', 2),
          r('Senior Buyer', 1),
        ],
      },
      {
        kind: 'CPG supplier',
        asked: ['supplier', 'suppliers', 'brand', 'brands', 'manufacturer', 'cpg', 'vendor'],
        names: ['Nestlé', 'PepsiCo', 'Kraft Heinz', 'General Mills', 'Unilever', 'Conagra Brands'],
        roles: [
          r('VP Sales, Grocery Channel', 2),
          r('Director of Revenue Management', 2),
          r('Key Account Manager', 1),
        ],
      },
    ],
    skills: [
      'Category management',
      'Private label',
      'Trade promotion',
      'Retail media',
      'Pricing',
      'Supply planning',
    ],
    topics: ['private-label share', 'promotional intensity', 'retail media budgets', 'shrink'],
  },
  {
    id: 'renewables',
    label: 'Renewable power',
    industry: 'energy',
    keywords: [
      'solar',
      'wind',
      'renewable',
      'renewables',
      'battery storage',
      'ppa',
      'ppas',
      'interconnection',
    ],
    groups: [
      {
        kind: 'developer',
        asked: ['developer', 'developers', 'ipp', 'ipps', 'owner', 'owners', 'competitor'],
        names: [
          'NextEra Energy Resources',
          'Invenergy',
          'AES',
          'Ørsted',
          'EDP Renewables',
          'Brookfield Renewable',
        ],
        roles: [
          r('VP Development', 2),
          r('Head of Origination', 2),
          r('Director of Interconnection', 2),
          r('Project Development Manager', 1),
        ],
      },
      {
        kind: 'equipment supplier',
        asked: [
          'supplier',
          'suppliers',
          'module',
          'modules',
          'turbine',
          'turbines',
          'inverter',
          'oem',
          'vendor',
        ],
        names: ['First Solar', 'Vestas', 'Tesla Energy', 'Fluence', 'Enphase Energy', 'LONGi'],
        roles: [r('VP Sales', 2), r('Director of Key Accounts', 2), r('Applications Engineer', 1)],
      },
    ],
    skills: [
      'PPA structuring',
      'Grid interconnection',
      'Battery storage',
      'Project finance',
      'Permitting',
      'EPC contracting',
    ],
    topics: [
      'interconnection queues',
      'PPA pricing',
      'module prices',
      'tax credit transferability',
    ],
  },
  {
    id: 'freight',
    label: 'Freight and logistics',
    industry: 'logistics',
    keywords: [
      'freight',
      'trucking',
      'truckload',
      'ltl',
      'logistics',
      '3pl',
      'brokerage',
      'warehouse',
      'warehousing',
    ],
    groups: [
      {
        kind: 'carrier',
        asked: ['carrier', 'carriers', 'trucking', 'fleet', 'fleets'],
        names: [
          'J.B. Hunt',
          'Old Dominion Freight Line',
          'Knight-Swift',
          'Schneider',
          'XPO',
          'Werner Enterprises',
        ],
        roles: [
          r('VP Operations', 2),
          r('Director of Pricing', 2),
          r('Terminal Manager', 1),
          r('Fleet Manager', 1),
        ],
      },
      {
        kind: 'broker or 3PL',
        asked: [
          'broker',
          'brokers',
          '3pl',
          '3pls',
          'forwarder',
          'forwarders',
          'provider',
          'providers',
        ],
        names: [
          'C.H. Robinson',
          'RXO',
          'DHL Supply Chain',
          'GXO Logistics',
          'Echo Global Logistics',
        ],
        roles: [
          r('VP Brokerage', 2),
          r('Head of Carrier Procurement', 2),
          r('Account Executive', 1),
        ],
      },
    ],
    skills: [
      'Freight procurement',
      'Carrier management',
      'Pricing',
      'Warehouse automation',
      'TMS',
      'Network design',
    ],
    topics: ['contract vs spot rates', 'capacity exits', 'LTL pricing', 'warehouse labour'],
  },
  {
    id: 'automotive',
    label: 'Automotive and EVs',
    industry: 'industrials',
    keywords: [
      'automotive',
      'auto',
      'autos',
      'ev',
      'evs',
      'electric vehicle',
      'electric vehicles',
      'oem',
      'oems',
      'tier 1',
    ],
    groups: [
      {
        kind: 'automaker',
        asked: [
          'oem',
          'oems',
          'automaker',
          'automakers',
          'carmaker',
          'carmakers',
          'customer',
          'customers',
        ],
        names: [
          'Ford',
          'General Motors',
          'Stellantis',
          'Toyota',
          'Volkswagen Group',
          'Hyundai Motor',
          'Tesla',
        ],
        roles: [
          r('VP Purchasing', 2),
          r('Director of EV Programs', 2),
          r('Chief Engineer', 2),
          r('Senior Buyer', 1),
        ],
      },
      {
        kind: 'tier-1 supplier',
        asked: ['supplier', 'suppliers', 'tier 1', 'tier-1', 'vendor', 'vendors'],
        names: [
          'Bosch',
          'Magna International',
          'Continental',
          'Denso',
          'Aptiv',
          'LG Energy Solution',
        ],
        roles: [
          r('VP Sales', 2),
          r('Director of Program Management', 2),
          r('Key Account Manager', 1),
        ],
      },
    ],
    skills: [
      'EV programs',
      'Supplier negotiations',
      'Battery sourcing',
      'Program management',
      'Cost engineering',
    ],
    topics: ['EV program delays', 'battery cell costs', 'supplier price-downs', 'tariffs'],
  },
];

/** Lower-case words of a text with single spaces, padded so phrases match whole words. */
export const wordsOf = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim()} `;

export const mentions = (words: string, term: string) =>
  words.includes(` ${wordsOf(term).trim()} `);

/** The domain a campaign is about: its sub-industry counts most, then its brief and name. */
export function domainFor(campaign: {
  subIndustry?: string | null;
  briefDescription: string;
  campaignName: string;
  customIndustry: string | null;
  industryVertical: string;
}): Domain | undefined {
  const sub = wordsOf(`${campaign.subIndustry ?? ''} ${campaign.customIndustry ?? ''}`);
  const brief = wordsOf(`${campaign.campaignName} ${campaign.briefDescription}`);
  let best: { domain: Domain | undefined; score: number } = { domain: undefined, score: 0 };
  for (const domain of DOMAINS) {
    const score = domain.keywords.reduce(
      (sum, k) => sum + (mentions(sub, k) ? 3 : 0) + (mentions(brief, k) ? 1 : 0),
      0,
    );
    if (score > best.score) best = { domain, score };
  }
  return best.domain;
}

/** Every employer name of a domain. */
export const employersOf = (domain: Domain) => domain.groups.flatMap((g) => g.names);

/** The groups a question asks about ("Which DSOs...?" → the DSOs). */
export const groupsAskedIn = (domain: Domain, question: string) => {
  const words = wordsOf(question);
  return domain.groups.filter((g) => g.asked.some((term) => mentions(words, term)));
};
