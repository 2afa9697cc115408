/** Test helpers for calling procedures; the API itself comes from src/testing. */
import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import type { Caller } from '../src/testing';

export { type Caller, createTestApi, type TestUser } from '../src/testing';

/** The tRPC error code a call fails with (it must fail). */
export async function errorCodeOf(call: Promise<unknown>): Promise<TRPCError['code']> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(TRPCError);
    return (error as TRPCError).code;
  }
  throw new Error('expected the call to fail');
}

/** Walks the caller to a procedure by its dotted path ("campaign.byId"). */
export function procedureAt(caller: Caller, path: string): (input?: unknown) => Promise<unknown> {
  let node: unknown = caller;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  return node as (input?: unknown) => Promise<unknown>;
}

/** The warnings a refused booking asks to confirm (it must be refused with CONFLICT). */
export async function warningsOf(call: Promise<unknown>): Promise<string[]> {
  const error = await call.then(
    () => {
      throw new Error('expected the booking to wait for a confirmation');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe('CONFLICT');
  const issues = (error as TRPCError & { cause: { issues: { path: string[] }[] } }).cause.issues;
  return issues.map((i) => i.path.join('.'));
}
