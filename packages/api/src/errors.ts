import { TRPCError } from '@trpc/server';

/** All a client ever learns of a failure on our side. */
export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. Please try again.';

/** One problem with one input field; `path` names the field. */
export type FieldIssue = { path: PropertyKey[]; message: string };

/** A business-rule failure, shaped like a zod error so clients show both alike. */
class InputError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map(formatIssue).join('; '));
    this.name = 'InputError';
  }
}

export function formatIssue(issue: FieldIssue): string {
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** BAD_REQUEST naming the field (a dotted path) that is wrong. */
export function invalid(field: string, message: string): TRPCError {
  return invalidIssues([{ path: field.split('.'), message }]);
}

export function invalidIssues(issues: FieldIssue[]): TRPCError {
  const cause = new InputError(issues);
  return new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause });
}

/** Missing, or someone else's: the caller cannot tell the two apart. */
export function notFound(what: string): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `${what} not found` });
}

/** The request is fine but a rule of the data forbids it now (e.g. a compliance block). */
export function preconditionFailed(message: string): TRPCError {
  return new TRPCError({ code: 'PRECONDITION_FAILED', message });
}

export function conflict(field: string, message: string): TRPCError {
  return conflictIssues([{ path: field.split('.'), message }]);
}

/** CONFLICT with several issues at once (a booking's unconfirmed warnings). */
export function conflictIssues(issues: FieldIssue[]): TRPCError {
  const cause = new InputError(issues);
  return new TRPCError({ code: 'CONFLICT', message: cause.message, cause });
}

/** The issues of a zod error or an InputError, whichever `cause` is. */
export function issuesOf(cause: unknown): FieldIssue[] | undefined {
  if (cause && typeof cause === 'object' && 'issues' in cause && Array.isArray(cause.issues)) {
    // An unknown key is reported on the object; name the key itself instead.
    return (cause.issues as (FieldIssue & { code?: string; keys?: string[] })[]).flatMap((issue) =>
      issue.code === 'unrecognized_keys' && issue.keys
        ? issue.keys.map((key) => ({ path: [...issue.path, key], message: 'Unknown field' }))
        : [issue],
    );
  }
  return undefined;
}

const POSTGRES_ERRORS: Record<string, { code: TRPCError['code']; message: string }> = {
  // A composite key pointed outside the caller's rows: indistinguishable from missing.
  '23503': { code: 'NOT_FOUND', message: 'A referenced item was not found' },
  '23505': { code: 'CONFLICT', message: 'That already exists' },
  '23514': { code: 'BAD_REQUEST', message: 'A value breaks a rule of the data' },
  '22001': { code: 'BAD_REQUEST', message: 'A value is too long' },
  '22003': { code: 'BAD_REQUEST', message: 'A number is out of range' },
  '22P02': { code: 'BAD_REQUEST', message: 'A value has the wrong format' },
};

/**
 * Any other data exception (class 22: a date out of range, a NUL in text, bad
 * encoding...): a value the input schemas should have refused, so the client's.
 * The last line of defence; the server still logs it.
 */
const DATA_EXCEPTION = {
  code: 'BAD_REQUEST',
  message: 'A value cannot be stored as given',
} as const;

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable. Try again in a moment.';

/** The SQLSTATE of a database error, through drizzle's wrapper. */
export function postgresCode(error: unknown): string | undefined {
  const code = errorCodes(error).find((c) => /^[0-9A-Z]{5}$/.test(c));
  return code;
}

/** Every `code` along an error's cause chain. */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
  }
  return codes;
}

/**
 * The database cannot be reached or is going away: connection refused or lost
 * (postgres.js), connection exceptions (08xxx), shutdown and recovery (57P0x).
 */
function isDatabaseUnavailable(error: unknown): boolean {
  return errorCodes(error).some(
    (code) =>
      /^(08|57P0)/.test(code) ||
      [
        'ECONNREFUSED',
        'ECONNRESET',
        'CONNECTION_CLOSED',
        'CONNECTION_ENDED',
        'CONNECTION_DESTROYED',
        'CONNECT_TIMEOUT',
      ].includes(code),
  );
}

/**
 * Turns a database error the client caused into a 4xx without any SQL in it;
 * anything else becomes a generic 500 (the full error stays in `cause` for the log).
 */
export function toTrpcError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  if (isDatabaseUnavailable(error)) {
    return new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: DATABASE_UNAVAILABLE_MESSAGE,
      cause: error,
    });
  }
  const code = postgresCode(error) ?? '';
  const known = POSTGRES_ERRORS[code] ?? (code.startsWith('22') ? DATA_EXCEPTION : undefined);
  if (known) return new TRPCError({ ...known, cause: error });
  return new TRPCError({
    code: 'INTERNAL_SERVER_ERROR',
    message: INTERNAL_ERROR_MESSAGE,
    cause: error,
  });
}
