/** A real database, a real user and campaign (made through the API), and a simulator to drive. */
import { type Caller, createTestApi } from '@expert-network/api/testing';
import type { SimulatorConfig } from '../src/config';

export const FAST: SimulatorConfig = {
  enabled: true,
  speedup: 1e9,
  pollMs: 20,
  declineRate: 0,
  overlapRate: 0.15,
  recurrenceRate: 0.05,
  llm: undefined,
};

export const silentLogger = { info() {}, warn() {}, error() {} };

/** A throwaway database with the real API, and users who call it (`concurrent`: on PostgreSQL always). */
export async function createWorld({ concurrent = false } = {}) {
  const api = await createTestApi({ concurrent });
  return {
    db: api.db,
    user: async (name: string) => (await api.signUp(name)).caller,
  };
}

export type { Caller };

/** A technology campaign with one question of each type (and a follow-up) and `vendors` enrolled. */
export async function cloudSecurityCampaign(caller: Caller, vendorCount = 2) {
  const vendors = (await caller.vendor.list()).slice(0, vendorCount);
  return caller.campaign.create({
    campaignName: 'Cloud security due diligence',
    industryVertical: 'Technology',
    briefDescription:
      'Speak with CISOs about cloud security budgets, vendor selection and tool consolidation.',
    targetRegions: ['North America', 'Europe'],
    screeningQuestions: [
      {
        questionText: 'Have you bought a cloud security tool in the last two years?',
        questionType: 'yes_no',
        followUps: [
          { questionText: 'Which tool did you choose, and why?', followUpTrigger: 'Yes' },
        ],
      },
      {
        questionText: 'How large is your team?',
        questionType: 'single_choice',
        options: { choices: ['1-10', '11-50', '50+'] },
      },
      {
        questionText: 'Which clouds do you run?',
        questionType: 'multi_choice',
        options: { choices: ['AWS', 'Azure', 'GCP'] },
      },
      {
        questionText: 'How satisfied are you with your current stack?',
        questionType: 'scale',
        options: { scale: { min: 1, max: 5 } },
      },
      {
        questionText: 'What is the biggest change in your budget this year?',
        questionType: 'text',
      },
    ],
    vendorPlatformIds: vendors.map((v) => v.id),
  });
}
