/** The demo workspace: a mid-market PE fund's research team and its live diligence work. */
const offset = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const DEMO_TEAM = [
  { name: 'Priya Shah', email: 'priya.shah@northbeam.example', designation: 'Vice President' },
  { name: 'Daniel Okafor', email: 'daniel.okafor@northbeam.example', designation: 'Associate' },
  {
    name: 'Lena Fischer',
    email: 'lena.fischer@northbeam.example',
    designation: 'Senior Associate',
  },
  { name: 'Tom Hartley', email: 'tom.hartley@northbeam.example', designation: 'Analyst' },
];

export const DEMO_PROJECTS = [
  {
    projectCode: 'ATLAS',
    projectName: 'Project Atlas',
    description: 'Carve-out of a cloud security business.',
    // The company the project looks at: its compliance rules block its current staff.
    targetCompany: 'Sentinel Cloud Security, Inc.',
  },
  {
    projectCode: 'MERIDIAN',
    projectName: 'Project Meridian',
    description: 'Hospital supply-chain roll-up.',
    targetCompany: 'Meridian Health Supply Corp.',
  },
  {
    projectCode: 'HELIOS',
    projectName: 'Project Helios',
    description: 'Commercial solar developer, growth equity.',
    targetCompany: 'Helios Renewables Ltd',
  },
];

type DemoCampaign = {
  project: string | null;
  campaignName: string;
  industryVertical: string;
  briefDescription: string;
  expandedDescription?: string;
  targetRegions: string[];
  startDate: string;
  targetCompletionDate: string;
  minCalls: number;
  maxCalls: number;
  estimatedCalls: number;
  status: 'active' | 'completed';
  vendors: string[];
  team: number[];
  screeningQuestions: {
    questionText: string;
    questionType: 'text' | 'yes_no' | 'single_choice' | 'multi_choice' | 'scale';
    options?: {
      choices?: string[];
      scale?: { min: number; max: number; minLabel?: string; maxLabel?: string };
    };
    followUps?: { questionText: string; followUpTrigger?: string; questionType?: 'text' }[];
  }[];
};

export const DEMO_CAMPAIGNS: DemoCampaign[] = [
  {
    project: 'ATLAS',
    campaignName: 'CISO buying behaviour',
    industryVertical: 'Technology',
    briefDescription:
      'CISOs and security leaders on cloud security budgets, vendor selection and tool consolidation.',
    expandedDescription:
      'We want to understand how mid-market and enterprise security teams pick CSPM and CNAPP tools, how budgets moved in the last 12 months, and who wins consolidation deals.',
    targetRegions: ['North America', 'Europe'],
    startDate: offset(-21),
    targetCompletionDate: offset(21),
    minCalls: 8,
    maxCalls: 15,
    estimatedCalls: 12,
    status: 'active',
    vendors: ['GLG', 'AlphaSights', 'Tegus'],
    team: [0, 1],
    screeningQuestions: [
      {
        questionText: 'Have you led the purchase of a cloud security tool in the last two years?',
        questionType: 'yes_no',
        followUps: [
          {
            questionText: 'Which tool did you choose, and what decided it?',
            followUpTrigger: 'Yes',
          },
        ],
      },
      {
        questionText: 'How large is your security team?',
        questionType: 'single_choice',
        options: { choices: ['1-10', '11-50', '51-200', '200+'] },
      },
      {
        questionText: 'Which clouds does your company run on?',
        questionType: 'multi_choice',
        options: { choices: ['AWS', 'Azure', 'GCP', 'On-premises'] },
      },
      {
        questionText: 'How likely are you to consolidate security vendors next year?',
        questionType: 'scale',
        options: { scale: { min: 1, max: 5, minLabel: 'Unlikely', maxLabel: 'Certain' } },
      },
    ],
  },
  {
    project: 'ATLAS',
    campaignName: 'Channel partner economics',
    industryVertical: 'Technology',
    briefDescription:
      'Resellers and MSSPs on margins, deal registration and vendor incentives in security software.',
    targetRegions: ['North America'],
    startDate: offset(-7),
    targetCompletionDate: offset(35),
    minCalls: 5,
    maxCalls: 8,
    estimatedCalls: 6,
    status: 'active',
    vendors: ['Guidepoint', 'Stream'],
    team: [1],
    screeningQuestions: [
      {
        questionText: 'What share of your revenue comes from security software resale?',
        questionType: 'single_choice',
        options: { choices: ['Under 20%', '20-50%', 'Over 50%'] },
      },
      {
        questionText: 'How have vendor margins changed over the last two years?',
        questionType: 'text',
      },
    ],
  },
  {
    project: 'MERIDIAN',
    campaignName: 'Hospital procurement and GPOs',
    industryVertical: 'Healthcare',
    briefDescription:
      'Hospital procurement leaders on GPO contracting, medical device standardisation and supplier consolidation.',
    targetRegions: ['North America'],
    startDate: offset(-30),
    targetCompletionDate: offset(10),
    minCalls: 10,
    maxCalls: 20,
    estimatedCalls: 14,
    status: 'active',
    vendors: ['Guidepoint', 'Coleman Research', 'GLG'],
    team: [2, 3],
    screeningQuestions: [
      { questionText: 'Do you personally sign off on GPO contracts?', questionType: 'yes_no' },
      {
        questionText: 'How satisfied are you with your current GPO?',
        questionType: 'scale',
        options: { scale: { min: 1, max: 10 } },
      },
      { questionText: 'What would make you switch distributors?', questionType: 'text' },
    ],
  },
  {
    project: 'HELIOS',
    campaignName: 'Commercial solar in Europe',
    industryVertical: 'Energy & Utilities',
    briefDescription:
      'Developers and asset managers on PPA pricing, grid interconnection queues and battery storage economics.',
    targetRegions: ['Europe'],
    startDate: offset(-3),
    targetCompletionDate: offset(40),
    minCalls: 6,
    maxCalls: 10,
    estimatedCalls: 8,
    status: 'active',
    vendors: ['Atheneum', 'Dialectica', 'Third Bridge'],
    team: [0, 2],
    screeningQuestions: [
      {
        questionText: 'Which markets have you developed projects in?',
        questionType: 'multi_choice',
        options: { choices: ['Germany', 'Spain', 'Italy', 'UK', 'Nordics'] },
      },
      {
        questionText: 'Have interconnection delays changed your pipeline?',
        questionType: 'yes_no',
        followUps: [{ questionText: 'By how many months, typically?', followUpTrigger: 'Yes' }],
      },
    ],
  },
  {
    project: null,
    campaignName: 'Freight market pulse',
    industryVertical: 'Transportation & Logistics',
    briefDescription:
      'Freight procurement heads on contract versus spot rates and carrier consolidation.',
    targetRegions: ['North America', 'APAC'],
    startDate: offset(-60),
    targetCompletionDate: offset(-5),
    minCalls: 4,
    maxCalls: 6,
    estimatedCalls: 5,
    status: 'completed',
    vendors: ['Capvision', 'Zintro'],
    team: [3],
    screeningQuestions: [
      {
        questionText: 'How much of your freight moves on contract rates?',
        questionType: 'single_choice',
        options: { choices: ['Under 50%', '50-80%', 'Over 80%'] },
      },
    ],
  },
];
