import { describe, expect, it } from 'vitest';
import { errorMessage, isMissing, isUnreachable } from './api-errors';

const apiError = (code: string, message: string, fieldErrors?: Record<string, string>) =>
  Object.assign(new Error(message), { data: { code, fieldErrors } });

describe('errorMessage: what a person reads', () => {
  it.each<[unknown, string]>([
    [
      apiError('BAD_REQUEST', 'Must be on or after the start date'),
      'Must be on or after the start date',
    ],
    [apiError('NOT_FOUND', 'Campaign not found'), 'Campaign not found'],
    [
      apiError('CONFLICT', 'scheduledAt: The expert already has a call', {
        scheduledAt: 'The expert already has a call',
      }),
      'The expert already has a call',
    ],
    [
      apiError('INTERNAL_SERVER_ERROR', 'duplicate key value'),
      'Something went wrong on our side. Please try again.',
    ],
    [
      new TypeError('Failed to fetch'),
      "Can't reach the server. Check your connection and try again.",
    ],
    [
      new TypeError('NetworkError when attempting to fetch resource.'),
      "Can't reach the server. Check your connection and try again.",
    ],
    [new TypeError('Load failed'), "Can't reach the server. Check your connection and try again."],
    [
      new SyntaxError('Unexpected token < in JSON at position 0'),
      'Something went wrong on our side. Please try again.',
    ],
    [
      new TypeError('Failed to fetch dynamically imported module: /assets/x.js'),
      "Can't reach the server. Check your connection and try again.",
    ],
    [
      new Error('Importing a module script failed.'),
      'A new version of the app is out. Reload the page to get it.',
    ],
    ['a string thrown', 'Something went wrong on our side. Please try again.'],
  ])('%s → %s', (error, message) => {
    expect(errorMessage(error)).toBe(message);
  });
});

describe('isMissing', () => {
  it.each<[unknown, boolean]>([
    [apiError('NOT_FOUND', 'Campaign not found'), true],
    [apiError('BAD_REQUEST', 'Invalid id', { id: 'Invalid UUID' }), true], // a mistyped link
    [apiError('BAD_REQUEST', 'Required', { campaignName: 'Required' }), false],
    [apiError('UNAUTHORIZED', 'Sign in'), false],
    [new Error('Failed to fetch'), false],
  ])('%s → %s', (error, missing) => {
    expect(isMissing(error)).toBe(missing);
  });
});

it('an API answer is never "unreachable", whatever its text', () => {
  expect(isUnreachable(apiError('BAD_REQUEST', 'Failed to fetch the vendor'))).toBe(false);
});
