import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeResult, stringifyResult } from '../src/transformer';
import { buildWorkspace } from './fixtures';
import { createTestApi, type TestUser } from './harness';

/** What a client gets back: our writer, read by plain superjson. */
const roundTrip = (value: unknown) =>
  superjson.deserialize(JSON.parse(JSON.stringify(serializeResult(value))));

describe('the result writer', () => {
  it('writes exactly what superjson writes for plain data and Dates', () => {
    const samples: unknown[] = [
      null,
      42,
      'text',
      [1, 'two', null, true],
      new Date('2026-01-02T03:04:05.678Z'),
      {
        at: new Date(0),
        nested: [{ when: new Date(1) }, { when: null }],
        'dotted.key': new Date(2),
      },
      { 'back\\slash': new Date(3), list: [[new Date(4)]], empty: {}, none: [] },
      // The annotations' paths are written as JSON text: a quote in a key is escaped there too.
      { 'say "when"': new Date(6), 'tab\there': { ü: new Date(7) } },
      Object.assign(Object.create(null), { bare: new Date(5) }),
    ];
    for (const sample of samples) {
      expect(serializeResult(sample)).toEqual(superjson.serialize(sample));
      // The HTTP handler's writer: the same JSON text, without the copy.
      expect(stringifyResult(sample)).toBe(JSON.stringify(superjson.serialize(sample)));
    }
  });

  it('hands anything else to superjson', () => {
    const samples: unknown[] = [
      { missing: undefined },
      new Map([['a', 1]]),
      new Set([1]),
      { big: 10n },
      { nan: Number.NaN, inf: Number.POSITIVE_INFINITY },
      { invalid: new Date('nope') },
      { re: /x/g },
      [-0],
    ];
    for (const sample of samples) {
      expect(serializeResult(sample)).toEqual(superjson.serialize(sample));
      expect(stringifyResult(sample)).toBe(JSON.stringify(superjson.serialize(sample)));
    }
  });
});

describe('real API results', () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let user: TestUser;
  let w: Awaited<ReturnType<typeof buildWorkspace>>;
  beforeAll(async () => {
    api = await createTestApi();
    user = await api.signUp('Writer');
    w = await buildWorkspace(user.caller);
  });
  afterAll(() => api?.dispose());

  it('arrive as they left, Dates as Dates', async () => {
    const results = [
      await user.caller.campaign.list(),
      await user.caller.campaign.byId({ id: w.campaign.id }),
      await user.caller.expert.byId({ id: w.expert.id }),
      await user.caller.expert.list({ campaignId: w.campaign.id }),
      await user.caller.vendor.enrollments({ campaignId: w.campaign.id }),
      await user.caller.interview.list(),
      await user.caller.dashboard.summary(),
      await user.caller.preferences.get(),
      await user.caller.campaign.list({ projectId: w.project.id, limit: 1 }),
    ];
    for (const result of results) {
      expect(roundTrip(result)).toEqual(result);
      expect(roundTrip(result)).toEqual(superjson.deserialize(superjson.serialize(result)));
    }
    expect((roundTrip(results[1]) as { createdAt: unknown }).createdAt).toBeInstanceOf(Date);
  });
});
