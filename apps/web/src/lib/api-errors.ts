import type { AppRouter } from '@expert-network/api';
import type { TRPCClientErrorLike } from '@trpc/client';

// Read by shape, not with instanceof, so this file brings no client code along.

export type ApiError = TRPCClientErrorLike<AppRouter>;

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
