import { readFileSync } from 'node:fs';
import { VENDORS_REFERENCE_FILE } from '@expert-network/db/testing';
import type {
  CampaignBrief,
  GenerationRequest,
  ScreeningQuestion,
  VendorFacts,
} from '../src/generator/types';

/** The 18 vendors' facts, from the same reference file the seed migration was written from. */
export const VENDORS: VendorFacts[] = readFileSync(VENDORS_REFERENCE_FILE, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line, i) => {
    const [name, , , , min, max, tags] = line.split('\t');
    return {
      id: `vendor-${i}`,
      name: name!,
      slug: name!.toLowerCase().replace(/\W+/g, '-'),
      tags: tags!.split(',').map((t) => t.trim()),
      avgCostPerCallMinCents: Number(min) * 100,
      avgCostPerCallMaxCents: Number(max) * 100,
    };
  });

export const CLOUD_SECURITY: CampaignBrief = {
  id: 'campaign-cloud',
  createdAt: new Date('2026-10-01T00:00:00Z'),
  campaignName: 'Cloud security due diligence',
  industryVertical: 'Technology',
  customIndustry: null,
  subIndustry: null,
  briefDescription:
    'Speak with CISOs about cloud security budgets, vendor selection and tool consolidation.',
  expandedDescription: null,
  targetRegions: ['North America', 'Europe'],
  customRegions: [],
};

export const HOSPITALS: CampaignBrief = {
  ...CLOUD_SECURITY,
  id: 'campaign-hospitals',
  campaignName: 'Hospital supply chain',
  industryVertical: 'Healthcare',
  briefDescription:
    'Hospital procurement leaders on GPO contracting and medical device standardisation.',
  targetRegions: ['APAC'],
};

export const QUESTIONS: ScreeningQuestion[] = [
  {
    id: 'q-yes',
    parentQuestionId: null,
    followUpTrigger: null,
    questionText: 'Bought a tool recently?',
    questionType: 'yes_no',
    options: {},
    displayOrder: 0,
  },
  {
    id: 'q-why',
    parentQuestionId: 'q-yes',
    followUpTrigger: 'Yes',
    questionText: 'Which one and why?',
    questionType: 'text',
    options: {},
    displayOrder: 0,
  },
  {
    id: 'q-size',
    parentQuestionId: null,
    followUpTrigger: null,
    questionText: 'Team size?',
    questionType: 'single_choice',
    options: { choices: ['1-10', '11-50', '50+'] },
    displayOrder: 1,
  },
  {
    id: 'q-clouds',
    parentQuestionId: null,
    followUpTrigger: null,
    questionText: 'Which clouds?',
    questionType: 'multi_choice',
    options: { choices: ['AWS', 'Azure', 'GCP'] },
    displayOrder: 2,
  },
  {
    id: 'q-aws',
    parentQuestionId: 'q-clouds',
    followUpTrigger: 'AWS',
    questionText: 'How much of it is on AWS?',
    questionType: 'scale',
    options: { scale: { min: 0, max: 10 } },
    displayOrder: 0,
  },
  {
    id: 'q-sat',
    parentQuestionId: null,
    followUpTrigger: null,
    questionText: 'Satisfaction?',
    questionType: 'scale',
    options: { scale: { min: 1, max: 5 } },
    displayOrder: 3,
  },
  {
    id: 'q-text',
    parentQuestionId: null,
    followUpTrigger: null,
    questionText: 'Biggest budget change this year?',
    questionType: 'text',
    options: {},
    displayOrder: 4,
  },
];

export function request(overrides: Partial<GenerationRequest> = {}): GenerationRequest {
  return {
    campaign: CLOUD_SECURITY,
    vendor: VENDORS[0]!,
    questions: QUESTIONS,
    firstIndex: 0,
    count: 10,
    ...overrides,
  };
}
