import { createDbClient, type DbClient } from '../client';
import { databaseUrlFromEnv } from '../env';
import { describeDatabaseError, MigrationError } from '../migrations';
import { defaultPgliteDir, loadDotEnv } from '../workspace';

/** Opens the configured database, runs `command`, closes it, and sets the exit code. */
export async function runCli(command: (client: DbClient) => Promise<void>): Promise<void> {
  loadDotEnv();
  const url = databaseUrlFromEnv();
  console.log(
    url ? `Database: ${redact(url)}` : `Database: embedded (PGlite) at ${defaultPgliteDir()}`,
  );
  let client: DbClient | undefined;
  try {
    client = await createDbClient({ url, poolSize: 2 });
    await command(client);
  } catch (error) {
    if (error instanceof MigrationError) {
      console.error(`\n✗ Migration failed: ${error.migration}`);
      console.error(`  ${describeDatabaseError(error.cause)}`);
      console.error(`  statement: ${error.statement.split('\n')[0]?.slice(0, 200)}`);
    } else {
      console.error(`\n✗ ${describeDatabaseError(error)}`);
    }
    process.exitCode = 1;
  } finally {
    await client?.close();
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
