/**
 * Before anything else: can the bench reach the database server, sign in as
 * DATABASE_URL's role, open its database, and create databases? Each failure
 * gets its own message with the command that fixes it.
 */
import postgres from 'postgres';

export class PreflightError extends Error {}

const codeOf = (error: unknown) => (error as { code?: string } | null)?.code ?? '';

export async function checkDatabaseServer(serverUrl: string): Promise<void> {
  const url = new URL(serverUrl);
  const role = decodeURIComponent(url.username) || process.env.USER || 'postgres';
  const password = decodeURIComponent(url.password);
  const database = url.pathname.slice(1) || role;
  const where = `${url.hostname}:${url.port || 5432}`;
  const sql = postgres(serverUrl, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    const [row] = await sql<{ can: boolean }[]>`
      SELECT rolcreatedb OR rolsuper AS can FROM pg_roles WHERE rolname = current_user`;
    if (!row?.can) {
      throw new PreflightError(
        `The role "${role}" may not create databases (the bench loads its data into a new one beside "${database}"). Grant it:\n` +
          `  sudo -u postgres psql -c 'ALTER ROLE "${role}" CREATEDB'`,
      );
    }
  } catch (error) {
    if (error instanceof PreflightError) throw error;
    const code = codeOf(error);
    if (
      ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'CONNECT_TIMEOUT'].includes(code)
    ) {
      throw new PreflightError(
        `No PostgreSQL server answers at ${where} (${code}). Start it:\n` +
          '  sudo service postgresql start\n' +
          'or set DATABASE_URL to a server that runs.',
      );
    }
    if (code === '28000' && /role .* does not exist/.test(String(error))) {
      throw new PreflightError(
        `PostgreSQL at ${where} has no role "${role}". Create it:\n` +
          `  sudo -u postgres psql -c "CREATE ROLE \\"${role}\\" LOGIN CREATEDB PASSWORD '${password || 'choose-one'}'"`,
      );
    }
    if (code === '28P01' || code === '28000') {
      throw new PreflightError(
        `PostgreSQL at ${where} refused the role "${role}": ${String((error as Error).message)}. ` +
          `Check DATABASE_URL's password, or set it:\n  sudo -u postgres psql -c "ALTER ROLE \\"${role}\\" PASSWORD '...'"`,
      );
    }
    if (code === '3D000') {
      throw new PreflightError(
        `PostgreSQL at ${where} has no database "${database}" (the bench creates its own beside it). Create it:\n` +
          `  sudo -u postgres createdb -O "${role}" "${database}"`,
      );
    }
    throw error;
  } finally {
    await sql.end({ timeout: 1 });
  }
}
