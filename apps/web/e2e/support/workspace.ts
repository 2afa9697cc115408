/**
 * A user's campaign set up through the API, as the wizard would create it, for
 * specs about what comes after: experts, calls, the campaign's tabs.
 */
import type { Api } from './api';
import { expertsArriveFor } from './experts';

export const COUNTRIES_QUESTION = 'Which countries do you cover?';
export const COUNTRIES = ['Germany', 'France', 'Nordics'];
export const CAMPAIGN_NAME = 'Cold chain in Europe';
export const INTERVIEWER = 'Ivan Interviewer';

/** Project Atlas, a team member, and a campaign with three questions and a follow-up, two vendors. */
export async function seedCampaign(api: Api) {
  const vendors = await api.vendor.list.query();
  const vendorIds = ['GLG', 'AlphaSights'].map((name) => {
    const vendor = vendors.find((v) => v.name === name);
    if (!vendor) throw new Error(`vendor ${name} is not seeded`);
    return vendor.id;
  });
  const member = await api.team.create.mutate({ name: INTERVIEWER, email: 'ivan@example.com' });
  const project = await api.project.create.mutate({
    projectName: 'Project Atlas',
    projectCode: 'ATLAS',
  });
  const campaign = await api.campaign.create.mutate({
    projectId: project.id,
    campaignName: CAMPAIGN_NAME,
    industryVertical: 'Industrials',
    briefDescription: 'How do mid-size shippers buy cold-chain capacity?',
    targetRegions: ['Europe'],
    customRegions: ['Nordics'],
    startDate: '2026-12-01',
    targetCompletionDate: '2027-01-31',
    minCalls: 8,
    maxCalls: 12,
    estimatedCalls: 10,
    screeningQuestions: [
      {
        questionText: 'Did you run a tender?',
        questionType: 'yes_no',
        followUps: [{ questionText: 'Which providers did you invite?', followUpTrigger: 'Yes' }],
      },
      { questionText: 'What did you buy last year?', questionType: 'text' },
      {
        questionText: COUNTRIES_QUESTION,
        questionType: 'multi_choice',
        options: { choices: COUNTRIES },
      },
    ],
    vendorPlatformIds: vendorIds,
    teamMemberIds: [member.id],
  });
  return { project, member, campaign, url: `/campaigns/${campaign.id}` };
}

/** The seeded campaign once every vendor has proposed experts, and one of them that compliance cleared. */
export async function seedCampaignWithExperts(api: Api) {
  const seeded = await seedCampaign(api);
  await expertsArriveFor(api, seeded.campaign.id);
  const { items } = await api.expert.list.query({ campaignId: seeded.campaign.id });
  // One the compliance check cleared: flagged and blocked experts have their own spec.
  const expert = items.find((e) => e.complianceStatus === 'clear');
  if (!expert) throw new Error('no cleared expert arrived');
  return { ...seeded, expert };
}

/** The seeded campaign with one 60-minute call, held 90 minutes ago and completed. */
export async function seedCompletedCall(api: Api) {
  const seeded = await seedCampaignWithExperts(api);
  const interview = await api.interview.schedule.mutate({
    expertId: seeded.expert.id,
    scheduledAt: new Date(Date.now() - 90 * 60_000),
    timezone: 'Europe/Berlin',
    durationMinutes: 60,
    teamMemberId: seeded.member.id,
  });
  await api.interview.complete.mutate({
    id: interview.id,
    actualMinutes: 60,
    rating: 4,
    notes: 'Tenders run yearly.',
  });
  return { ...seeded, interview };
}
