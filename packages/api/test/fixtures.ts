/** A user's small but complete workspace: one of everything, with follow-ups and answers. */
import type { Caller } from './harness';

/** The UTC calendar day `days` from now, as `YYYY-MM-DD`. */
export const dayFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export async function buildWorkspace(caller: Caller) {
  const vendors = await caller.vendor.list();
  const [glg, alpha] = vendors;
  if (!glg || !alpha) throw new Error('vendors not seeded');
  const member = await caller.team.create({
    name: 'Priya Shah',
    email: `priya.${Math.random()}@fund.com`,
  });
  const project = await caller.project.create({
    projectName: 'Project Atlas',
    projectCode: 'ATLAS',
  });
  const campaign = await caller.campaign.create({
    projectId: project.id,
    campaignName: 'Cloud security diligence',
    industryVertical: 'Technology',
    briefDescription: 'Speak with CISOs about cloud security budgets.',
    targetRegions: ['North America', 'Europe'],
    // Running now: from a month back to two months ahead, so its calls fall within it.
    startDate: dayFromNow(-30),
    targetCompletionDate: dayFromNow(60),
    minCalls: 5,
    maxCalls: 12,
    estimatedCalls: 8,
    screeningQuestions: [
      {
        questionText: 'Have you bought a CSPM tool in the last two years?',
        questionType: 'yes_no',
        followUps: [{ questionText: 'Which vendor did you pick?', followUpTrigger: 'Yes' }],
      },
      {
        questionText: 'How many cloud accounts do you run?',
        questionType: 'single_choice',
        options: { choices: ['Under 10', '10-100', 'Over 100'] },
      },
    ],
    vendorPlatformIds: [glg.id, alpha.id],
    teamMemberIds: [member.id],
  });
  const questions = await caller.screening.list({ campaignId: campaign.id });
  const expert = await caller.expert.create({
    campaignId: campaign.id,
    vendorPlatformId: glg.id,
    name: 'Dana Whitfield',
    title: 'CISO',
    company: 'Northwind Bank',
    callRateCents: 90_000,
    rating: 4.6,
    responses: questions.map((q) => ({ screeningQuestionId: q.id, responseText: 'Yes' })),
  });
  const enrollments = await caller.vendor.enrollments({ campaignId: campaign.id });
  const interview = await caller.interview.schedule({
    expertId: expert.id,
    // Two hours ago: it has taken place, so it can be completed.
    scheduledAt: new Date(Date.now() - 2 * 3_600_000),
    timezone: 'America/New_York',
    durationMinutes: 60,
    teamMemberId: member.id,
  });
  await caller.preferences.update({ theme: 'dark', expandedProjects: [project.id] });
  // Rules that leave Dana clear: another company is the target, someone else is not to be called.
  await caller.compliance.updateRules({ projectId: project.id, targetCompany: 'Contoso Ltd' });
  const { entry: doNotContact } = await caller.compliance.addDoNotContact({
    kind: 'person',
    name: 'Mallory Example',
  });
  return {
    vendors,
    member,
    project,
    campaign,
    questions,
    expert,
    enrollments,
    interview,
    doNotContact,
  };
}
