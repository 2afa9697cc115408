/** DATABASE_URL when set (PostgreSQL); undefined means the embedded database. */
export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = env.DATABASE_URL?.trim();
  return url ? url : undefined;
}
