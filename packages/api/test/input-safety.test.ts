/**
 * What an outside probe sent that once answered 500 (issue 10, findings 3, 4, 9):
 * NUL bytes and lone surrogates in text, dates PostgreSQL cannot hold, and
 * script or data URLs as avatars. Each is BAD_REQUEST naming the field, and
 * nothing is written.
 */
import { queryRows } from '@expert-network/db';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuesOf, toTrpcError } from '../src/errors';
import { buildWorkspace } from './fixtures';
import { createTestApi, type TestUser } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
let user: TestUser;
let w: Awaited<ReturnType<typeof buildWorkspace>>;

beforeAll(async () => {
  api = await createTestApi();
  user = await api.signUp('Prober');
  w = await buildWorkspace(user.caller);
});
afterAll(() => api?.dispose());

async function everyRowCount() {
  const [row] = await queryRows(
    api.db.db,
    sql`SELECT (SELECT count(*) FROM expert_network.projects) AS projects,
               (SELECT count(*) FROM expert_network.campaigns) AS campaigns,
               (SELECT count(*) FROM expert_network.team_members) AS team,
               (SELECT count(*) FROM expert_network.experts) AS experts,
               (SELECT count(*) FROM expert_network.screening_questions) AS questions,
               (SELECT max(updated_at) FROM expert_network.projects) AS projects_updated,
               (SELECT max(updated_at) FROM expert_network.user_ui_preferences) AS prefs_updated`,
  );
  return row;
}

/** The call is refused as BAD_REQUEST with an issue on `field`, and writes nothing. */
async function refusedNaming(call: () => Promise<unknown>, field: string) {
  const before = await everyRowCount();
  const error = await call().then(
    () => expect.unreachable(`expected BAD_REQUEST on ${field}`),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe('BAD_REQUEST');
  const issues = issuesOf((error as TRPCError).cause) ?? [];
  // A record's bad key is named under the record (`columnWidths.<key>`).
  const issue = issues.find((i) => {
    const path = i.path.join('.');
    return path === field || path.startsWith(`${field}.`);
  });
  expect(issue, `no issue on ${field}: ${JSON.stringify(issues)}`).toBeDefined();
  expect(await everyRowCount()).toEqual(before);
  return issue!;
}

const BROKEN_TEXT = {
  'a NUL byte': 'a\u0000b',
  'a lone high surrogate': 'a\ud800b',
  'a lone low surrogate': '\udc00',
};

describe.each(Object.entries(BROKEN_TEXT))('text with %s', (_, bad) => {
  it('is refused in names, descriptions and notes', async () => {
    const c = user.caller;
    const issue = await refusedNaming(() => c.project.create({ projectName: bad }), 'projectName');
    expect(issue.message).toMatch(/NUL character or broken Unicode/);
    await refusedNaming(
      () => c.project.update({ id: w.project.id, description: bad }),
      'description',
    );
    await refusedNaming(
      () => c.campaign.create({ campaignName: 'C', industryVertical: 'I', briefDescription: bad }),
      'briefDescription',
    );
    await refusedNaming(() => c.team.create({ name: bad }), 'name');
    await refusedNaming(() => c.expert.update({ id: w.expert.id, notes: `notes ${bad}` }), 'notes');
    await refusedNaming(
      () => c.screening.create({ campaignId: w.campaign.id, questionText: bad }),
      'questionText',
    );
  });

  it('is refused in lists, keys and searches', async () => {
    const c = user.caller;
    await refusedNaming(
      () => c.expert.create({ campaignId: w.campaign.id, name: 'E', skills: ['ok', bad] }),
      'skills.1',
    );
    await refusedNaming(
      () => c.campaign.update({ id: w.campaign.id, targetRegions: [bad] }),
      'targetRegions.0',
    );
    await refusedNaming(
      () => c.preferences.update({ columnWidths: { [bad]: { name: 100 } } }),
      'columnWidths',
    );
    await refusedNaming(() => c.expert.list({ campaignId: w.campaign.id, search: bad }), 'search');
  });
});

describe('dates', () => {
  it.each([
    ['year 0', new Date('0000-01-01T00:00:00Z')],
    ['year 200000', new Date('+200000-01-01T00:00:00Z')],
    ['before 1900', new Date('1899-12-31T00:00:00Z')],
  ])('an interview range from %s is refused', async (_, date) => {
    await refusedNaming(() => user.caller.interview.list({ from: date }), 'from');
    await refusedNaming(() => user.caller.interview.list({ to: date }), 'to');
  });

  it.each(['0000-01-01', '1899-12-31', '2201-01-01', '9999-12-31'])(
    'a campaign starting %s is refused',
    async (day) => {
      await refusedNaming(
        () =>
          user.caller.campaign.create({ campaignName: 'C', industryVertical: 'I', startDate: day }),
        'startDate',
      );
      await refusedNaming(
        () => user.caller.campaign.update({ id: w.campaign.id, targetCompletionDate: day }),
        'targetCompletionDate',
      );
    },
  );

  it('days and instants inside the range are kept', async () => {
    const created = await user.caller.campaign.create({
      campaignName: 'Long range',
      industryVertical: 'Energy',
      startDate: '1900-01-01',
      targetCompletionDate: '2200-12-31',
    });
    expect(created).toMatchObject({ startDate: '1900-01-01', targetCompletionDate: '2200-12-31' });
    expect(
      await user.caller.interview.list({
        from: new Date('1900-01-01'),
        to: new Date('2200-12-31'),
      }),
    ).toHaveLength(1);
  });
});

describe('data exceptions from PostgreSQL (class 22) are the client’s fault', () => {
  it.each([
    ['a date out of range', sql`SELECT '0000-01-01'::date`],
    ['a NUL in text', sql`SELECT convert_from('\\x610062'::bytea, 'UTF8')`],
    ['a division by zero', sql`SELECT 1 / 0`],
  ])('%s becomes BAD_REQUEST without SQL in the message', async (_, query) => {
    const failure = await api.db.db.execute(query).then(
      () => expect.unreachable('the statement should fail'),
      (e: unknown) => e,
    );
    const error = toTrpcError(failure);
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).not.toMatch(/select|::/i);
  });
});

describe('avatar URLs', () => {
  it.each([
    'javascript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'ftp://x.example/a.png',
  ])('%s is refused', async (url) => {
    await refusedNaming(
      () => user.caller.team.create({ name: 'Ava', avatarUrl: url }),
      'avatarUrl',
    );
    await refusedNaming(
      () => user.caller.team.update({ id: w.member.id, avatarUrl: url }),
      'avatarUrl',
    );
  });

  it('http and https URLs are kept', async () => {
    const member = await user.caller.team.create({
      name: 'Ava',
      avatarUrl: 'https://images.example.com/ava.png',
    });
    expect(member.avatarUrl).toBe('https://images.example.com/ava.png');
  });
});
