import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { INTERNAL_ERROR_MESSAGE } from '../src';
import { createTestApi, type TestUser } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
let user: TestUser;
beforeAll(async () => {
  api = await createTestApi();
  user = await api.signUp('Breaker');
  await user.caller.team.create({ name: 'Sam' });
});
afterAll(() => api?.dispose());

it('a database failure reaches the client as a generic error, and the log has it all', async () => {
  // Break the database under the API: the table it reads is gone.
  await api.db.withSession((q) =>
    q('ALTER TABLE expert_network.team_members RENAME TO team_members_gone'),
  );
  let error: unknown;
  try {
    await user.caller.team.list();
  } catch (e) {
    error = e;
  } finally {
    await api.db.withSession((q) =>
      q('ALTER TABLE expert_network.team_members_gone RENAME TO team_members'),
    );
  }
  expect(error).toBeInstanceOf(TRPCError);
  const trpcError = error as TRPCError;
  expect(trpcError.code).toBe('INTERNAL_SERVER_ERROR');
  expect(trpcError.message).toBe(INTERNAL_ERROR_MESSAGE);
  expect(trpcError.message).not.toMatch(/select|team_members|expert_network/i);

  const line = api.logged.find((l) => l.level === 'error');
  expect(line?.details).toMatchObject({ path: 'team.list' });
  const logged = (line!.details as { err: Error }).err;
  expect(String(logged.cause ?? logged)).toMatch(/team_members/);
  // ...and the API works again once the database does.
  expect((await user.caller.team.list()).items).toHaveLength(1);
});
