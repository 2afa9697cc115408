/**
 * Users of the original app, after `pnpm db:migrate` upgraded its database in
 * place: they sign in with their old password through our Better Auth and see
 * their data as it was, and nothing of anyone else's.
 */
import { migrate } from '@expert-network/db';
import {
  createOriginalDeployment,
  createTestDatabase,
  ORIGINAL_IDS as IDS,
  ORIGINAL_PASSWORD,
  ORIGINAL_USERS,
} from '@expert-network/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestApi, errorCodeOf } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
let ada: Caller;
let ben: Caller;

beforeAll(async () => {
  const database = await createTestDatabase({ migrated: false });
  await database.withSession(createOriginalDeployment);
  await migrate(database);
  api = await createTestApi({ database });
  ada = (await api.signIn(ORIGINAL_USERS.ada.email, ORIGINAL_PASSWORD)).caller;
  ben = (await api.signIn(ORIGINAL_USERS.ben.email, ORIGINAL_PASSWORD)).caller;
});
afterAll(() => api?.dispose());

describe('an original user after the upgrade', () => {
  it('signs in with the old password, and a wrong one is refused', async () => {
    await expect(api.signIn(ORIGINAL_USERS.chen.email, ORIGINAL_PASSWORD)).resolves.toMatchObject({
      userId: ORIGINAL_USERS.chen.id,
    });
    await expect(api.signIn(ORIGINAL_USERS.chen.email, 'not the password')).rejects.toThrow(
      /answered 401/,
    );
  });

  it('sees their projects and campaigns with their counts', async () => {
    const projects = await ada.project.list();
    expect(projects.map((p) => [p.projectCode, p.projectName])).toEqual([
      ['ATLAS', 'Project Atlas'],
      ['BOREAL', 'Boreal Diligence'],
    ]);
    const campaigns = await ada.campaign.list();
    const cloud = campaigns.find((c) => c.id === IDS.campaign.cloud);
    expect(cloud).toMatchObject({
      campaignName: 'Cloud security diligence',
      projectName: 'Project Atlas',
      targetRegions: ['North America', 'Europe'],
      customRegions: ['Nordics', 'Benelux', 'DACH'],
      startDate: '2025-03-01',
      targetCompletionDate: '2025-04-30',
      targetCalls: 8,
      expertCount: 3,
      completedCalls: 1,
      scheduledCalls: 2,
    });
    // Only an estimated number of calls: that is the target.
    expect(campaigns.find((c) => c.id === IDS.campaign.payments)).toMatchObject({
      targetCalls: 6,
      minCalls: null,
      maxCalls: null,
    });
    expect(campaigns.map((c) => c.id).toSorted()).toEqual(
      [IDS.campaign.cloud, IDS.campaign.payments, IDS.campaign.odd].toSorted(),
    );
  });

  it('sees an expert with their answers and career', async () => {
    const dana = await ada.expert.byId({ id: IDS.expert.dana });
    expect(dana).toMatchObject({
      name: 'Dana Whitfield',
      status: 'shortlisted',
      rating: 4.6,
      vendorPlatform: { name: 'GLG' },
      workHistory: [
        { title: 'CISO', company: 'Northwind Bank', from: '2019-04', to: null },
        { title: 'Head of Security', company: 'Contoso', from: '2014-02', to: '2019-03' },
      ],
    });
    const answers = await ada.screening.responses({ expertId: IDS.expert.dana });
    expect(answers.map((a) => a.responseText).toSorted()).toEqual(['10-100', 'Wiz', 'Yes']);
  });

  it('sees interviews at the same instant, in their own zone', async () => {
    const interviews = await ada.interview.list({ campaignId: IDS.campaign.cloud });
    const newYork = interviews.find((i) => i.id === IDS.interview.newYork);
    expect(newYork?.scheduledAt).toEqual(new Date('2025-03-20T18:30:00Z'));
    expect(newYork?.timezone).toBe('America/New_York');
    const london = interviews.find((i) => i.id === IDS.interview.london);
    expect(london).toMatchObject({
      status: 'completed',
      scheduledAt: new Date('2025-03-10T09:00:00Z'),
    });
  });

  it('sees their team and theme', async () => {
    const team = await ada.team.list();
    expect(team.map((m) => m.name).toSorted()).toEqual(['Priya Shah', 'Tom Reyes']);
    const assigned = await ada.team.forCampaign({ campaignId: IDS.campaign.cloud });
    expect(assigned.map((m) => m.name).toSorted()).toEqual(['Priya Shah', 'Tom Reyes']);
    const prefs = await ada.preferences.get();
    expect(prefs).toMatchObject({
      theme: 'dark',
      expandedProjects: [IDS.project.atlas, IDS.project.boreal],
    });
    // What the upgrade wrote is valid input for our API: saving it back works.
    await expect(
      ada.preferences.update({ columnWidths: prefs.columnWidths }),
    ).resolves.toBeDefined();
  });

  it("sees nothing of another user's, even what the original linked across users", async () => {
    expect(await errorCodeOf(ben.campaign.byId({ id: IDS.campaign.cloud }))).toBe('NOT_FOUND');
    expect(await errorCodeOf(ada.expert.byId({ id: IDS.expert.hana }))).toBe('NOT_FOUND');
    const benCampaigns = await ben.campaign.list();
    expect(benCampaigns.find((c) => c.id === IDS.campaign.crossProject)).toMatchObject({
      projectId: null,
      projectName: null,
    });
    const benTeam = await ben.team.forCampaign({ campaignId: IDS.campaign.health });
    expect(benTeam.map((m) => m.name)).toEqual(['Lena Park']);
  });
});
