/**
 * Search and filters of the experts list on a real database: full text over
 * everything about an expert (answers and notes too), ranked (the name above
 * the title above an answer above the profile), matching words highlighted;
 * every filter; search across the user's campaigns and no one else's; bulk
 * changes by the single change's rules, with an undo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace } from './fixtures';
import { createTestApi, errorCodeOf, type TestUser } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
let user: TestUser;
let w: Awaited<ReturnType<typeof buildWorkspace>>;
const ids: Record<string, string> = {};

const HIGHLIGHT = /\uE000([^\uE001]+)\uE001/g;

beforeAll(async () => {
  api = await createTestApi();
  user = await api.signUp('Searcher');
  w = await buildWorkspace(user.caller);
  const [glg, alpha] = w.vendors;
  const yesNo = w.questions.find((q) => q.questionType === 'yes_no')!;
  const add = async (key: string, fields: Record<string, unknown>, answer = 'No') => {
    const expert = await user.caller.expert.create({
      campaignId: w.campaign.id,
      vendorPlatformId: glg!.id,
      name: key,
      responses: [{ screeningQuestionId: yesNo.id, responseText: answer }],
      ...fields,
    });
    ids[key] = expert.id;
  };
  await add('Payer Smith', { title: 'Analyst', rating: 3.5, callRateCents: 40_000 });
  await add('Ann Title', { title: 'Head of payer strategy', rating: 4.5, callRateCents: 90_000 });
  await add(
    'Bo Answer',
    { rating: 4.8, callRateCents: 120_000 },
    'Yes, we negotiate with every payer',
  );
  await add('Cy Profile', {
    description: 'Twenty years on the payer side of US healthcare.',
    vendorPlatformId: alpha!.id,
  });
  await add('Di Nothing', { description: 'Dental clinics.' }, 'Yes');
  await user.caller.expert.update({ id: ids['Di Nothing']!, notes: 'Mentioned reimbursement' });
  // Fit scores come from vendors, not from the create form.
  await api.db.withSession((q) =>
    q(
      `UPDATE expert_network.experts SET ai_fit_score = CASE name WHEN 'Bo Answer' THEN 9 WHEN 'Ann Title' THEN 7 ELSE 4 END, is_new = name <> 'Cy Profile' WHERE user_id = $1`,
      [user.userId],
    ),
  );
});
afterAll(() => api?.dispose());

const list = (input: Record<string, unknown>) =>
  user.caller.expert.list({ campaignId: w.campaign.id, limit: 50, ...input });
const names = (page: { items: { name: string }[] }) => page.items.map((e) => e.name);

describe('search', () => {
  it('finds a word wherever it is, ranks the name first and the profile last, and highlights it', async () => {
    const page = await list({ search: 'payer', sort: 'relevance' });
    expect(names(page)).toEqual(['Payer Smith', 'Ann Title', 'Bo Answer', 'Cy Profile']);
    const answer = page.items.find((e) => e.name === 'Bo Answer')!;
    expect([...(answer.highlight ?? '').matchAll(HIGHLIGHT)].map((m) => m[1])).toEqual(['payer']);
  });

  it('reaches notes, matches word forms, and keeps the chosen sort', async () => {
    expect(names(await list({ search: 'reimbursement' }))).toEqual(['Di Nothing']);
    expect(names(await list({ search: 'payers' }))).toHaveLength(4);
    expect(names(await list({ search: 'payer', sort: 'rating' }))).toEqual([
      'Bo Answer',
      'Ann Title',
      'Payer Smith',
      'Cy Profile',
    ]);
  });

  it('finds a name while it is being typed', async () => {
    expect(names(await list({ search: 'Noth' }))).toEqual(['Di Nothing']);
  });

  it('finds a word that only an answer edited later contains', async () => {
    const responses = await user.caller.screening.responses({ expertId: ids['Di Nothing']! });
    await api.db.withSession((q) =>
      q('UPDATE expert_network.expert_screening_responses SET response_text = $2 WHERE id = $1', [
        responses[0]!.id,
        'Yes, capitation contracts',
      ]),
    );
    expect(names(await list({ search: 'capitation' }))).toEqual(['Di Nothing']);
  });
});

describe('filters', () => {
  it('fit, rating, rate, vendor, status, new and an answer, alone and together', async () => {
    expect(names(await list({ minFit: 7, sort: 'fit' }))).toEqual(['Bo Answer', 'Ann Title']);
    expect(names(await list({ minRating: 4.5, sort: 'rating' }))).toEqual([
      'Bo Answer',
      'Dana Whitfield',
      'Ann Title',
    ]);
    expect(names(await list({ maxRateCents: 89_999, sort: 'rate' }))).toEqual(['Payer Smith']);
    expect(names(await list({ maxRateCents: 120_000, sort: 'rate', order: 'desc' }))[0]).toBe(
      'Bo Answer',
    );
    expect(names(await list({ vendorPlatformId: w.vendors[1]!.id }))).toEqual(['Cy Profile']);
    expect(names(await list({ isNew: false }))).toEqual(['Cy Profile']);
    const yesNo = w.questions.find((q) => q.questionType === 'yes_no')!;
    expect(
      names(await list({ answer: { questionId: yesNo.id, text: 'yes' }, sort: 'name' })),
    ).toEqual(['Bo Answer', 'Dana Whitfield', 'Di Nothing']);
    expect(names(await list({ answer: { questionId: yesNo.id, text: 'yes' }, minFit: 5 }))).toEqual(
      ['Bo Answer'],
    );
    expect(names(await list({ status: 'scheduled' }))).toEqual(['Dana Whitfield']);
  });
});

describe('search across campaigns', () => {
  it("finds the user's experts in every campaign, best first, and none of another user's", async () => {
    const other = await user.caller.campaign.create({
      campaignName: 'Payers II',
      industryVertical: 'Healthcare',
    });
    await user.caller.expert.create({ campaignId: other.id, name: 'Eve Payer' });
    const stranger = await api.signUp('Stranger');
    const theirs = await buildWorkspace(stranger.caller);
    await stranger.caller.expert.create({ campaignId: theirs.campaign.id, name: 'Zed Payer' });
    const found = await user.caller.expert.search({ search: 'payer' });
    expect(found.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Payer Smith', 'Eve Payer', 'Bo Answer']),
    );
    expect(found.map((e) => e.name)).not.toContain('Zed Payer');
    expect(found.find((e) => e.name === 'Eve Payer')?.campaignName).toBe('Payers II');
    expect(found.at(-1)?.name).toBe('Cy Profile');
  });
});

describe('bulk changes', () => {
  it('shortlists many in one go, skips one whose status follows a call, and undoes', async () => {
    const picked = [ids['Payer Smith']!, ids['Ann Title']!, w.expert.id];
    const result = await user.caller.expert.bulkUpdate({ ids: picked, status: 'shortlisted' });
    expect(result.updated.map((u) => u.id).sort()).toEqual(picked.slice(0, 2).sort());
    expect(result.skipped).toEqual([
      { id: w.expert.id, reason: expect.stringContaining('scheduled') },
    ]);
    expect(names(await list({ status: 'shortlisted', sort: 'name' }))).toEqual([
      'Ann Title',
      'Payer Smith',
    ]);
    // Undo: back to what each was, new again where it was new.
    await user.caller.expert.bulkUpdate({
      ids: result.updated.map((u) => u.id),
      status: 'proposed',
    });
    await user.caller.expert.bulkUpdate({
      ids: result.updated.filter((u) => u.wasNew).map((u) => u.id),
      isNew: true,
    });
    expect(names(await list({ status: 'shortlisted' }))).toEqual([]);
    expect(names(await list({ isNew: true, search: 'Payer Smith' }))).toEqual(['Payer Smith']);
  });

  it('keeps the reason for a rejection, and selects all that match a filter', async () => {
    const matching = await user.caller.expert.matchingIds({ campaignId: w.campaign.id, minFit: 7 });
    expect(matching.truncated).toBe(false);
    expect(matching.ids.sort()).toEqual([ids['Ann Title']!, ids['Bo Answer']!].sort());
    await user.caller.expert.bulkUpdate({
      ids: matching.ids,
      status: 'rejected',
      rejectionReason: 'Too senior',
    });
    const rejected = await user.caller.expert.byId({ id: ids['Bo Answer']! });
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: 'Too senior' });
  });

  it('refuses an id that is not the caller’s, and changes nothing', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const call = user.caller.expert.bulkUpdate({
      ids: [ids['Cy Profile']!, missing],
      status: 'rejected',
    });
    expect(await errorCodeOf(call)).toBe('NOT_FOUND');
    expect((await user.caller.expert.byId({ id: ids['Cy Profile']! })).status).toBe('proposed');
  });
});
