import type { z } from 'zod';

const plain = (n: unknown) =>
  typeof n === 'number' || typeof n === 'bigint' ? n.toLocaleString('en-US') : String(n);

/**
 * Messages for checks the API's schemas leave unworded, in the API's own
 * style ("Required", "At most 200 characters"): a message a schema gives wins.
 */
function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number') return 'Give a number';
      return issue.input == null ? 'Required' : 'Not a valid value';
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? 'Required'
          : `At least ${plain(issue.minimum)} characters`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return `Give at least ${plain(issue.minimum)}`;
      }
      return issue.inclusive === false
        ? `Must be more than ${plain(issue.minimum)}`
        : `Must be at least ${plain(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `At most ${plain(issue.maximum)} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') {
        return `At most ${plain(issue.maximum)} items`;
      }
      return issue.inclusive === false
        ? `Must be less than ${plain(issue.maximum)}`
        : `At most ${plain(issue.maximum)}`;
    case 'not_multiple_of':
      return `Use steps of ${plain(issue.divisor)}`;
    case 'invalid_format':
      if (issue.format === 'email') return 'Not a valid email address';
      if (issue.format === 'url') return 'Not a valid web address';
      if (issue.format === 'date') return 'Use a date like 2026-01-31';
      return 'Not in the expected format';
    case 'invalid_value':
      return 'Pick one of the options';
    case 'unrecognized_keys':
      return 'Unknown field';
    default:
      return undefined;
  }
}

/** Parse options for zodResolver and safeParse: the friendly messages above. */
export const FRIENDLY = { error: friendlyMessage } as const;
