/**
 * Every procedure of the router, read from the router itself (a new one is fuzzed
 * without anyone adding a case), gets FUZZ_RUNS generated inputs (1,000 by
 * default, fixed seed) from a signed-in user with a real workspace: inputs
 * derived from the procedure's own zod schema (so most reach the database),
 * with wrong types, unknown keys, boundary numbers, NUL and lone surrogates,
 * huge strings and odd dates mixed in. Every answer must be a success or a 4xx,
 * and a refused call must leave every table as it was: a row trigger on every
 * table counts the rows written (inserted, updated or deleted), and a refused
 * call must leave the count where it was (a rolled-back write leaves no count).
 */
import { queryRows } from '@expert-network/db';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { appRouter } from '../src';
import { buildWorkspace } from './fixtures';
import { fromSchema, hostile, inputJsonSchema, withUnknownKey } from './fuzz/arbitraries';
import { createTestApi, procedureAt } from './harness';
import { ALL_PROCEDURES } from './procedures';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_201);

let api: Awaited<ReturnType<typeof createTestApi>>;
/** Every id in another user's workspace: the fuzzed user may name them, never touch them. */
let strangersIds: string[];
const summary: Record<string, Record<string, number>> = {};

beforeAll(async () => {
  api = await createTestApi();
  strangersIds = idsIn(await buildWorkspace((await api.signUp('Stranger')).caller));
  await countEveryWrite();
});
afterAll(async () => {
  console.log(`fuzz: ${RUNS} runs per procedure, seed ${SEED}`);
  console.table(summary);
  await api?.dispose();
});

/** Puts a row trigger on every table of both schemas that counts the rows written, in one counter. */
async function countEveryWrite() {
  await api.db.withSession(async (q) => {
    await q('CREATE SCHEMA fuzz');
    await q('CREATE TABLE fuzz.writes (n bigint NOT NULL)');
    await q('INSERT INTO fuzz.writes VALUES (0)');
    await q(`CREATE FUNCTION fuzz.count_write() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN UPDATE fuzz.writes SET n = n + 1; RETURN NULL; END $$`);
    const tables = (await q(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
       WHERE table_schema IN ('public', 'expert_network') AND table_type = 'BASE TABLE'`,
    )) as { name: string }[];
    expect(tables.length).toBeGreaterThan(10);
    for (const { name } of tables) {
      await q(`CREATE TRIGGER fuzz_count_write AFTER INSERT OR UPDATE OR DELETE ON ${name}
               FOR EACH ROW EXECUTE FUNCTION fuzz.count_write()`);
    }
  });
}

/** Rows written so far, by anyone, in committed transactions. */
async function writes(): Promise<number> {
  const [row] = await queryRows<{ n: string }>(api.db.db, sql`SELECT n FROM fuzz.writes`);
  return Number(row?.n);
}

/** Every uuid anywhere in a value. */
function idsIn(value: unknown): string[] {
  const found = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string' && z.uuid().safeParse(v).success) found.add(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return [...found];
}

/** The procedure's input schema (none: it takes no input, and gets anything at all). */
function inputArbitrary(path: string, ids: string[]): fc.Arbitrary<unknown> {
  // Typed as the nested routers; at run time a flat map from dotted path to procedure.
  const procedures = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { inputs: z.ZodType[] } }
  >;
  const procedure = procedures[path];
  if (!procedure) throw new Error(`no procedure ${path}`);
  const [input] = procedure._def.inputs;
  if (!input) return fc.oneof(fc.constant(undefined), hostile);
  const schema = inputJsonSchema(input);
  const wellFormed = fromSchema(schema, ids);
  return fc.oneof(
    { weight: 4, arbitrary: wellFormed },
    { weight: 3, arbitrary: fromSchema(schema, ids, 8) },
    { weight: 1, arbitrary: withUnknownKey(wellFormed) },
    { weight: 2, arbitrary: hostile },
  );
}

/** How a call ended, for the summary: ok, or the error code (input = refused by the schema). */
function outcomeOf(error: TRPCError): string {
  return error.cause instanceof z.core.$ZodError ? 'input' : error.code;
}

describe('fuzzing every procedure', () => {
  it('finds the procedures in the router', () => {
    expect(ALL_PROCEDURES.length).toBeGreaterThan(40);
  });

  it.each(ALL_PROCEDURES.map((path, index) => [path, index] as const))(
    '%s answers every input with a success or a 4xx, and a refusal writes nothing',
    async (path, index) => {
      const user = await api.signUp(`Fuzz ${index}`);
      const ids = [...idsIn(await buildWorkspace(user.caller)), ...strangersIds];
      const call = procedureAt(user.caller, path);
      const outcomes: Record<string, number> = {};
      let before = await writes();

      await fc.assert(
        fc.asyncProperty(inputArbitrary(path, ids), async (input) => {
          let outcome = 'ok';
          try {
            await call(input);
          } catch (error) {
            if (!(error instanceof TRPCError)) throw error;
            outcome = outcomeOf(error);
            const status = getHTTPStatusCodeFromError(error);
            if (status >= 500)
              throw new Error(`${error.code} (${status}): ${error.message}`, {
                cause: error.cause,
              });
          }
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
          const after = await writes();
          if (outcome !== 'ok') expect(after - before, 'rows a refused call wrote').toBe(0);
          before = after;
        }),
        { numRuns: RUNS, seed: SEED + index, endOnFailure: true },
      );
      summary[path] = outcomes;
      // Not everything bounced off the schema: the generated inputs reached the queries.
      expect(RUNS - (outcomes.input ?? 0)).toBeGreaterThan(0);
    },
    600_000,
  );
});
