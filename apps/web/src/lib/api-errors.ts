import type { AppRouter } from '@expert-network/api';
import type { TRPCClientErrorLike } from '@trpc/client';

// Read by shape, not with instanceof, so this file brings no client code along.

type ApiError = TRPCClientErrorLike<AppRouter>;

/** What a failed tRPC call carries. */
function dataOf(error: unknown): ApiError['data'] | undefined {
  return error && typeof error === 'object' && 'data' in error
    ? (error.data as ApiError['data'])
    : undefined;
}

/** The tRPC code of a failed call (NOT_FOUND, UNAUTHORIZED...), if it is one. */
export function errorCode(error: unknown): string | undefined {
  return dataOf(error)?.code;
}

/** The server's per-field messages, keyed by dotted path ("screeningQuestions.0.questionText"). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return dataOf(error)?.fieldErrors ?? {};
}

/**
 * A record that does not exist for this user: not found, or an id that cannot
 * be one (a mistyped link), which the API refuses as bad input.
 */
export function isMissing(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'NOT_FOUND' || (code === 'BAD_REQUEST' && 'id' in fieldErrorsOf(error));
}

const GENERIC_ERROR = 'Something went wrong on our side. Please try again.';
const UNREACHABLE_ERROR = "Can't reach the server. Check your connection and try again.";

const messageOf = (error: unknown) =>
  error && typeof error === 'object' && 'message' in error ? String(error.message) : '';

/**
 * The request never reached the API or never came back (offline, server down):
 * the browser's fetch failed. Chromium, Firefox and Safari word it differently.
 */
export function isUnreachable(error: unknown): boolean {
  return (
    !errorCode(error) &&
    /failed to fetch|networkerror|load failed|network request failed/i.test(messageOf(error))
  );
}

/**
 * What to tell a person about a failure: the API's own sentence for what they
 * can fix, and a plain one for everything else (a server error, a proxy's error
 * page that is not JSON, no connection), never a parser's message.
 */
export function errorMessage(error: unknown): string {
  const code = errorCode(error);
  if (code === 'INTERNAL_SERVER_ERROR') return GENERIC_ERROR;
  // The sentences of the fields at fault, without the field names a form shows beside them.
  if (code) return [...new Set(Object.values(fieldErrorsOf(error)))].join(' ') || messageOf(error);
  if (isUnreachable(error)) return UNREACHABLE_ERROR;
  if (/dynamically imported module|importing a module script failed/i.test(messageOf(error))) {
    return 'A new version of the app is out. Reload the page to get it.';
  }
  return GENERIC_ERROR;
}
