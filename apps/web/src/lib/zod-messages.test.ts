import { createProjectInput, createTeamMemberInput } from '@expert-network/contract';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FRIENDLY } from './zod-messages';

/** The message a schema gives `value` at `path`, with the friendly wording. */
const messageFor = (schema: z.ZodType, value: unknown, path: string) =>
  schema.safeParse(value, FRIENDLY).error?.issues.find((i) => i.path.join('.') === path)?.message;

describe('FRIENDLY: checks the schemas leave unworded, in the API’s style', () => {
  it.each<[z.ZodType, unknown, string]>([
    [z.object({ n: z.number() }), { n: 'x' }, 'Give a number'],
    [z.object({ n: z.string() }), {}, 'Required'],
    [z.object({ n: z.string() }), { n: 5 }, 'Not a valid value'],
    [z.object({ n: z.string().min(1) }), { n: '' }, 'Required'],
    [z.object({ n: z.string().min(3) }), { n: 'ab' }, 'At least 3 characters'],
    [z.object({ n: z.string().max(200) }), { n: 'x'.repeat(201) }, 'At most 200 characters'],
    [z.object({ n: z.array(z.string()).min(2) }), { n: ['a'] }, 'Give at least 2'],
    [z.object({ n: z.array(z.string()).max(1) }), { n: ['a', 'b'] }, 'At most 1 items'],
    [z.object({ n: z.number().min(1_000) }), { n: 5 }, 'Must be at least 1,000'],
    [z.object({ n: z.number().gt(0) }), { n: 0 }, 'Must be more than 0'],
    [z.object({ n: z.number().lt(10) }), { n: 10 }, 'Must be less than 10'],
    [z.object({ n: z.number().multipleOf(0.5) }), { n: 0.3 }, 'Use steps of 0.5'],
    [z.object({ n: z.email() }), { n: 'nope' }, 'Not a valid email address'],
    [z.object({ n: z.enum(['a', 'b']) }), { n: 'c' }, 'Pick one of the options'],
  ])('%#: %j → %s', (schema, value, message) => {
    expect(messageFor(schema, value, 'n')).toBe(message);
  });

  it('a message the schema gives wins', () => {
    expect(messageFor(z.object({ n: z.string().min(1, 'Name the project') }), { n: '' }, 'n')).toBe(
      'Name the project',
    );
  });

  it("words the contract's own schemas", () => {
    expect(messageFor(createProjectInput, { projectName: '' }, 'projectName')).toMatch(/\S/);
    expect(messageFor(createTeamMemberInput, { name: 'A', email: 'no' }, 'email')).toMatch(
      /valid email/i,
    );
    expect(messageFor(createProjectInput, { projectName: 'P', extra: 1 }, '')).toBe(
      'Unknown field',
    );
  });
});
