import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, errorCodeOf, type TestUser } from './harness';

type Api = Awaited<ReturnType<typeof createTestApi>>;
type PageOf<T> = { items: T[]; nextCursor: string | null };

let api: Api;
let user: TestUser;
let other: TestUser;
beforeAll(async () => {
  api = await createTestApi();
  user = await api.signUp('Pager');
  other = await api.signUp('Other pager');
});
afterAll(() => api?.dispose());

/** Every page of a list, following nextCursor from the first. */
async function allPages<T>(read: (cursor: string | undefined) => Promise<PageOf<T>>) {
  const pages: T[][] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    pages.push(page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 100);
  return pages;
}

describe('campaign.list pages', () => {
  let ids: string[];
  let projectId: string;
  beforeAll(async () => {
    projectId = (await user.caller.project.create({ projectName: 'Paged' })).id;
    ids = [];
    for (let i = 0; i < 5; i++) {
      const campaign = await user.caller.campaign.create({
        campaignName: `Campaign ${i}`,
        industryVertical: 'Energy',
        ...(i % 2 === 0 ? { projectId } : {}),
      });
      ids.push(campaign.id);
    }
    await other.caller.campaign.create({ campaignName: 'Not yours', industryVertical: 'Energy' });
  });

  it('walk the whole list in the user order, each row once, the last page saying so', async () => {
    const pages = await allPages((cursor) => user.caller.campaign.list({ limit: 2, cursor }));
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((c) => c.id)).toEqual(ids);
  });

  it('follow the order the user set, and filter by project (or none) page by page', async () => {
    const reversed = [...ids].reverse();
    await user.caller.campaign.reorder({ ids: reversed });
    const pages = await allPages((cursor) => user.caller.campaign.list({ limit: 3, cursor }));
    expect(pages.flat().map((c) => c.id)).toEqual(reversed);
    const inProject = await allPages((cursor) =>
      user.caller.campaign.list({ projectId, limit: 1, cursor }),
    );
    expect(inProject.flat().map((c) => c.id)).toEqual(reversed.filter((_, i) => i % 2 === 0));
    const loose = await allPages((cursor) =>
      user.caller.campaign.list({ projectId: null, limit: 1, cursor }),
    );
    expect(loose.flat().map((c) => c.id)).toEqual(reversed.filter((_, i) => i % 2 === 1));
  });

  it('do not repeat or skip a row when one is added or deleted between pages', async () => {
    const first = await user.caller.campaign.list({ limit: 2 });
    const added = await user.caller.campaign.create({
      campaignName: 'Added meanwhile',
      industryVertical: 'Energy',
    });
    await user.caller.campaign.delete({ id: first.items[0]!.id });
    const rest = await allPages((cursor) =>
      user.caller.campaign.list({ limit: 2, cursor: cursor ?? first.nextCursor! }),
    );
    const seen = [...first.items, ...rest.flat()].map((c) => c.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(added.id);
  });

  it('a cursor only moves within the caller’s rows; a made-up one is BAD_REQUEST', async () => {
    const mine = await user.caller.campaign.list({ limit: 1 });
    const theirs = await other.caller.campaign.list({ cursor: mine.nextCursor });
    expect(theirs.items.every((c) => c.userId !== user.userId)).toBe(true);
    expect(await errorCodeOf(user.caller.campaign.list({ cursor: 'bm90IGEgY3Vyc29y' }))).toBe(
      'BAD_REQUEST',
    );
    expect(await errorCodeOf(user.caller.campaign.list({ limit: 101 }))).toBe('BAD_REQUEST');
  });
});

describe('the other growing lists page the same way', () => {
  it('projects, in the user order', async () => {
    const made = [];
    for (let i = 0; i < 3; i++)
      made.push(await other.caller.project.create({ projectName: `P${i}` }));
    const pages = await allPages((cursor) => other.caller.project.list({ limit: 2, cursor }));
    expect(pages.map((p) => p.length)).toEqual([2, 1]);
    expect(pages.flat().map((p) => p.id)).toEqual(made.map((p) => p.id));
  });

  it('the team, by name then id (two members may share a name)', async () => {
    for (const name of ['Cleo', 'Abe', 'Bo', 'Abe']) await other.caller.team.create({ name });
    const pages = await allPages((cursor) => other.caller.team.list({ limit: 1, cursor }));
    expect(pages.flat().map((m) => m.name)).toEqual(['Abe', 'Abe', 'Bo', 'Cleo']);
    expect(new Set(pages.flat().map((m) => m.id)).size).toBe(4);
  });

  it('interviews, by time then id, within a campaign', async () => {
    const campaign = await other.caller.campaign.create({
      campaignName: 'Calls',
      industryVertical: 'Energy',
    });
    const times = [3, 1, 2].map((d) => new Date(Date.now() + d * 86_400_000));
    for (const [i, scheduledAt] of times.entries()) {
      const expert = await other.caller.expert.create({ campaignId: campaign.id, name: `E${i}` });
      await other.caller.interview.schedule({
        expertId: expert.id,
        scheduledAt,
        timezone: 'Europe/Paris',
        durationMinutes: 30,
      });
    }
    const pages = await allPages((cursor) =>
      other.caller.interview.list({ campaignId: campaign.id, limit: 2, cursor }),
    );
    expect(pages.map((p) => p.length)).toEqual([2, 1]);
    expect(pages.flat().map((i) => i.scheduledAt.getTime())).toEqual(
      times.map((t) => t.getTime()).sort(),
    );
    // Without any input: every call of the caller, by time.
    const all = (await other.caller.interview.list()).items.filter(
      (i) => i.campaignId === campaign.id,
    );
    expect(all.map((i) => i.scheduledAt.getTime())).toEqual(times.map((t) => t.getTime()).sort());
    const madeUp = Buffer.from(JSON.stringify(['not a time', campaign.id])).toString('base64url');
    expect(await errorCodeOf(other.caller.interview.list({ cursor: madeUp }))).toBe('BAD_REQUEST');
  });
});
