import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_PROCEDURES } from '../src';
import { createTestApi, errorCodeOf, procedureAt } from './harness';
import { ALL_PROCEDURES } from './procedures';

let api: Awaited<ReturnType<typeof createTestApi>>;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api?.dispose());

const isPublic = (path: string) => (PUBLIC_PROCEDURES as readonly string[]).includes(path);

describe('without a session', () => {
  it('the router has procedures to check', () => {
    expect(ALL_PROCEDURES.length).toBeGreaterThan(40);
  });

  it.each(ALL_PROCEDURES.filter((p) => !isPublic(p)))('%s is UNAUTHORIZED', async (path) => {
    const call = procedureAt(api.anonymous, path);
    // Whatever the input, the session is checked first.
    expect(await errorCodeOf(call({}))).toBe('UNAUTHORIZED');
    expect(await errorCodeOf(call({ id: '00000000-0000-4000-8000-000000000000' }))).toBe(
      'UNAUTHORIZED',
    );
  });

  it('health.check answers without a session', async () => {
    expect(await api.anonymous.health.check()).toEqual({ ok: true });
  });
});
