import type { FieldErrors } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { applyServerErrors, describePath, flattenErrors } from './form-errors';

/** A failed tRPC call as the client receives it. */
const apiError = (code: string, message: string, fieldErrors?: Record<string, string>) =>
  Object.assign(new Error(message), { data: { code, fieldErrors } });

describe('flattenErrors', () => {
  it('lists every message with its dotted path, an array’s own error at the array', () => {
    const errors = {
      campaignName: { type: 'too_small', message: 'Required' },
      screeningQuestions: {
        root: { type: 'too_big', message: 'At most 50 items' },
        1: { followUps: { 0: { followUpTrigger: { type: 'custom', message: 'Pick Yes or No' } } } },
      },
      root: { type: 'server', message: 'Something went wrong' },
    } as unknown as FieldErrors;
    const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
    expect(flattenErrors(errors).sort(byPath)).toEqual(
      [
        { path: 'campaignName', message: 'Required' },
        { path: 'screeningQuestions', message: 'At most 50 items' },
        { path: 'screeningQuestions.1.followUps.0.followUpTrigger', message: 'Pick Yes or No' },
        { path: '', message: 'Something went wrong' },
      ].sort(byPath),
    );
  });

  it('finds nothing in a form without errors', () => {
    expect(flattenErrors({})).toEqual([]);
  });
});

describe('describePath', () => {
  it.each([
    ['campaignName', 'Campaign name'],
    ['screeningQuestions.0.followUps.1', 'Screening questions #1 › follow ups #2'],
    ['targetRegions.2', 'Target regions #3'],
  ])('%s reads "%s"', (path, text) => {
    expect(describePath(path)).toBe(text);
  });
});

describe('applyServerErrors', () => {
  const recorder = () => {
    const calls: [string, { type: string; message: string }][] = [];
    return {
      calls,
      setError: (name: string, error: { type: string; message: string }) =>
        calls.push([name, error]),
    };
  };

  it("puts the server's per-field messages on the fields, and returns them", () => {
    const { calls, setError } = recorder();
    const marked = applyServerErrors(
      apiError('BAD_REQUEST', 'Invalid input', {
        maxCalls: 'Must be at least the minimum number of calls',
        'screeningQuestions.0.questionText': 'Required',
      }),
      setError as never,
    );
    expect(marked).toEqual(['maxCalls', 'screeningQuestions.0.questionText']);
    expect(calls).toEqual([
      ['maxCalls', { type: 'server', message: 'Must be at least the minimum number of calls' }],
      ['screeningQuestions.0.questionText', { type: 'server', message: 'Required' }],
    ]);
  });

  it('a failure with no field goes to the form itself, as a sentence', () => {
    const { calls, setError } = recorder();
    expect(
      applyServerErrors(apiError('CONFLICT', 'That code is taken'), setError as never),
    ).toEqual([]);
    expect(calls).toEqual([['root', { type: 'server', message: 'That code is taken' }]]);
  });

  it('a server error never shows its own text', () => {
    const { calls, setError } = recorder();
    applyServerErrors(
      apiError('INTERNAL_SERVER_ERROR', 'relation "x" does not exist'),
      setError as never,
    );
    expect(calls[0]?.[1].message).toBe('Something went wrong on our side. Please try again.');
  });
});
