/** A failed migration, with the statement that failed and the database's own error. */
export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    readonly statement: string,
    override readonly cause: unknown,
  ) {
    super(`Migration ${migration} failed: ${describeDatabaseError(cause)}`);
    this.name = 'MigrationError';
  }
}

/** The database's own words: message, detail, hint and error code. */
export function describeDatabaseError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & { code?: string; detail?: string; hint?: string };
  return [
    e.message,
    e.detail && `detail: ${e.detail}`,
    e.hint && `hint: ${e.hint}`,
    e.code && `code: ${e.code}`,
  ]
    .filter(Boolean)
    .join('\n  ');
}
