import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_PROCEDURES } from '../src';
import { issuesOf } from '../src/errors';
import { buildWorkspace } from './fixtures';
import { createTestApi, errorCodeOf, procedureAt, type TestUser } from './harness';
import { ALL_PROCEDURES } from './procedures';

let api: Awaited<ReturnType<typeof createTestApi>>;
let user: TestUser;
let w: Awaited<ReturnType<typeof buildWorkspace>>;

beforeAll(async () => {
  api = await createTestApi();
  user = await api.signUp('Validator');
  w = await buildWorkspace(user.caller);
});
afterAll(() => api?.dispose());

/** Row counts of every user-owned table, to prove a rejected call wrote nothing. */
function rowCounts() {
  return api.db.withSession((q) =>
    q(`SELECT
      (SELECT count(*) FROM expert_network.projects) AS projects,
      (SELECT count(*) FROM expert_network.campaigns) AS campaigns,
      (SELECT count(*) FROM expert_network.screening_questions) AS questions,
      (SELECT count(*) FROM expert_network.campaign_vendor_enrollments) AS enrollments,
      (SELECT count(*) FROM expert_network.experts) AS experts,
      (SELECT count(*) FROM expert_network.expert_screening_responses) AS responses,
      (SELECT count(*) FROM expert_network.interviews) AS interviews,
      (SELECT count(*) FROM expert_network.team_members) AS team,
      (SELECT count(*) FROM expert_network.campaign_team_assignments) AS assignments`),
  );
}

/** The error a call fails with; it must be a BAD_REQUEST that names `field`. */
async function badRequestNaming(call: Promise<unknown>, field: string) {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected BAD_REQUEST naming ${field}`).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe('BAD_REQUEST');
  // The field as the client sees it (error.data.fieldErrors keys are dotted paths).
  const fields = (issuesOf((error as TRPCError).cause) ?? []).map((i) =>
    i.path.map(String).join('.'),
  );
  expect(fields.length ? fields : [(error as TRPCError).message]).toContainEqual(
    fields.length ? field : expect.stringContaining(field),
  );
}

const GARBAGE: unknown[] = [
  42,
  'text',
  null,
  [],
  { id: 'not-a-uuid' },
  { id: "1' OR '1'='1" },
  { campaignId: "'; DROP TABLE expert_network.campaigns; --" },
  { id: '00000000-0000-4000-8000-000000000000', userId: 'someone-else' },
  { expertId: 12, scheduledAt: 'tomorrow', timezone: 'Mars/Olympus' },
  { ids: 'all' },
  { name: 'x'.repeat(1_000_000) },
];

describe('bad input', () => {
  it.each(ALL_PROCEDURES.filter((p) => !(PUBLIC_PROCEDURES as readonly string[]).includes(p)))(
    '%s never answers garbage with a 500, and writes nothing',
    async (path) => {
      const before = await rowCounts();
      for (const input of GARBAGE) {
        try {
          await procedureAt(user.caller, path)(input);
        } catch (error) {
          expect(
            (error as TRPCError).code,
            `${path} ${JSON.stringify(input)?.slice(0, 80)}`,
          ).toMatch(/^(BAD_REQUEST|NOT_FOUND)$/);
        }
      }
      expect(await rowCounts()).toEqual(before);
    },
  );

  it('rejects unknown keys, so a user id is never taken from input', async () => {
    await badRequestNaming(
      user.caller.project.create({ projectName: 'P', userId: 'someone' } as never),
      'userId',
    );
  });

  it('rejects wrong types, naming the field', async () => {
    await badRequestNaming(
      user.caller.campaign.create({
        campaignName: 'C',
        industryVertical: 'I',
        minCalls: '5',
      } as never),
      'minCalls',
    );
    await badRequestNaming(user.caller.interview.list({ from: '2026-01-01' } as never), 'from');
  });

  it('rejects out-of-range numbers and huge strings', async () => {
    await badRequestNaming(
      user.caller.expert.list({ campaignId: w.campaign.id, limit: 1000 }),
      'limit',
    );
    await badRequestNaming(user.caller.expert.update({ id: w.expert.id, rating: 7 }), 'rating');
    await badRequestNaming(
      user.caller.interview.schedule({
        expertId: w.expert.id,
        scheduledAt: new Date(),
        timezone: 'UTC',
        durationMinutes: 10_000,
      }),
      'durationMinutes',
    );
    await badRequestNaming(
      user.caller.campaign.update({ id: w.campaign.id, briefDescription: 'x'.repeat(100_000) }),
      'briefDescription',
    );
    await badRequestNaming(
      user.caller.project.create({ projectName: ' '.repeat(5) }),
      'projectName',
    );
  });

  it('checks the rules across fields, naming the field to fix, and writes nothing', async () => {
    const before = await rowCounts();
    await badRequestNaming(
      user.caller.campaign.create({
        campaignName: 'C',
        industryVertical: 'I',
        minCalls: 9,
        maxCalls: 3,
      }),
      'maxCalls',
    );
    await badRequestNaming(
      user.caller.campaign.create({
        campaignName: 'C',
        industryVertical: 'I',
        startDate: '2026-05-01',
        targetCompletionDate: '2026-04-01',
      }),
      'targetCompletionDate',
    );
    // Against the stored campaign (max 12), not just the fields sent.
    await badRequestNaming(
      user.caller.campaign.update({ id: w.campaign.id, minCalls: 50 }),
      'maxCalls',
    );
    await badRequestNaming(
      user.caller.interview.schedule({
        expertId: w.expert.id,
        scheduledAt: new Date(),
        timezone: 'Europe/Atlantis',
      }),
      'timezone',
    );
    // A wizard whose third step is wrong writes nothing of the first two.
    await badRequestNaming(
      user.caller.campaign.create({
        campaignName: 'Half',
        industryVertical: 'I',
        screeningQuestions: [
          {
            questionText: 'Pick one',
            questionType: 'single_choice',
            options: { choices: ['A', 'B'] },
          },
          {
            questionText: 'Yes?',
            questionType: 'yes_no',
            followUps: [{ questionText: 'Why?', followUpTrigger: 'Perhaps' }],
          },
        ],
      }),
      'screeningQuestions.1.followUps.0.followUpTrigger',
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('keeps calls, questions, industries, emails and vendor states sensible', async () => {
    const before = await rowCounts();
    await badRequestNaming(
      user.caller.interview.schedule({
        expertId: w.expert.id,
        scheduledAt: new Date('2020-01-15T10:00:00Z'),
        timezone: 'UTC',
      }),
      'scheduledAt',
    );
    await badRequestNaming(
      user.caller.campaign.create({
        campaignName: 'C',
        industryVertical: 'I',
        screeningQuestions: [{ questionText: 'Pick', questionType: 'single_choice' }],
      }),
      'screeningQuestions.0.options.choices',
    );
    await badRequestNaming(
      user.caller.campaign.create({
        campaignName: 'C',
        industryVertical: 'I',
        screeningQuestions: [
          {
            questionText: 'Yes?',
            questionType: 'yes_no',
            followUps: [{ questionText: 'Scale?', questionType: 'scale' }],
          },
        ],
      }),
      'screeningQuestions.0.followUps.0.options.scale',
    );
    await badRequestNaming(
      user.caller.campaign.create({
        campaignName: 'C',
        industryVertical: 'Other',
        customIndustry: ' ',
      }),
      'customIndustry',
    );
    await badRequestNaming(
      user.caller.vendor.updateEnrollment({
        id: w.enrollments[0]!.id,
        status: 'declined',
      } as never),
      'status',
    );
    expect(await rowCounts()).toEqual(before);

    // A call that has not happened yet cannot be completed.
    const upcoming = await user.caller.interview.schedule({
      expertId: w.expert.id,
      scheduledAt: new Date(Date.now() + 86_400_000),
      timezone: 'UTC',
    });
    await badRequestNaming(
      user.caller.interview.complete({ id: upcoming.id, actualMinutes: 60, rating: 4 }),
      'id',
    );
    await user.caller.interview.delete({ id: upcoming.id });

    // Emails compare without case.
    await user.caller.team.create({ name: 'Bob', email: 'bob@fund.test' });
    expect(
      await errorCodeOf(user.caller.team.create({ name: 'Bob again', email: 'BOB@Fund.test' })),
    ).toBe('CONFLICT');
  });

  it('stores SQL-looking strings verbatim', async () => {
    const name = "Robert'); DROP TABLE expert_network.projects; --";
    const project = await user.caller.project.create({
      projectName: name,
      description: "1' OR '1'='1",
    });
    expect((await user.caller.project.byId({ id: project.id })).projectName).toBe(name);
    const search = await user.caller.expert.list({
      campaignId: w.campaign.id,
      search: "%' OR 1=1 --",
    });
    expect(search.items).toEqual([]);
    // % and _ are literal in a search.
    expect(
      (await user.caller.expert.list({ campaignId: w.campaign.id, search: '%' })).items,
    ).toEqual([]);
    expect(
      (await user.caller.expert.list({ campaignId: w.campaign.id, search: 'whitf' })).items,
    ).toHaveLength(1);
  });

  it('rejects a cursor it did not give out, even a well-formed one', async () => {
    const crafted = Buffer.from(JSON.stringify({ t: '1', id: w.expert.id })).toString('base64url');
    await badRequestNaming(
      user.caller.expert.list({ campaignId: w.campaign.id, cursor: crafted }),
      'cursor',
    );
  });

  it('rejects a cursor it did not give out', async () => {
    await badRequestNaming(
      user.caller.expert.list({ campaignId: w.campaign.id, cursor: 'forged' }),
      'cursor',
    );
  });

  it('answers a missing id with NOT_FOUND', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await errorCodeOf(user.caller.expert.byId({ id: missing }))).toBe('NOT_FOUND');
  });
});
