import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDbClient } from '../src/client';
import { queryRows } from '../src/raw';
import { vendorPlatforms } from '../src/schema';
import {
  createTestDatabase,
  createThrowawayDatabase,
  type TestDatabase,
  waitFor,
} from '../src/testing';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

/** How many statements naming vendor_platforms (two different ones sent) the one connection has prepared on the server. */
async function preparedOnServer(prepareStatements: boolean) {
  const client = database.url
    ? await createDbClient({ url: database.url, poolSize: 1, prepareStatements })
    : database;
  try {
    // With parameters: postgres.js sends a statement without any as simple text.
    const vendors = await client.db
      .select()
      .from(vendorPlatforms)
      .where(eq(vendorPlatforms.slug, 'glg'));
    expect(vendors).toHaveLength(1);
    // And a query Drizzle itself asks to prepare (the API's hot queries).
    const bySlug = client.db
      .select({ id: vendorPlatforms.id })
      .from(vendorPlatforms)
      .where(eq(vendorPlatforms.slug, sql.placeholder('slug')))
      .prepare('vendor_by_slug');
    expect(await bySlug.execute({ slug: 'alphasights' })).toHaveLength(1);
    const [row] = await queryRows<{ count: number }>(
      client.db,
      sql`select count(*)::int as count from pg_prepared_statements where statement like '%vendor_platforms%'`,
    );
    return row?.count;
  } finally {
    if (client !== database) await client.close();
  }
}

describe('listening', () => {
  it('LISTENs on listenUrl when given (behind a transaction-mode pooler: the database itself)', async () => {
    // PostgreSQL even without DATABASE_URL; notices reach only sessions of the database they are sent in.
    const pooled = await createTestDatabase({ concurrent: true });
    const other = await createThrowawayDatabase(pooled.url as string);
    const sender = await createDbClient({ url: other.url, poolSize: 1 });
    const client = await createDbClient({ url: pooled.url, listenUrl: other.url, poolSize: 1 });
    try {
      const received: string[] = [];
      const stop = await client.listen('listen_url_test', (payload) => received.push(payload));
      await sender.db.execute(
        sql`select pg_notify('listen_url_test', 'sent in the other database')`,
      );
      await waitFor('the notice', () => received.includes('sent in the other database'));
      await stop();
    } finally {
      await client.close();
      await sender.close();
      await other.drop();
      await pooled.dispose();
    }
  }, 60_000);
});

describe('prepared statements', () => {
  // PostgreSQL parses and plans a prepared statement once per connection; the
  // embedded database is in-process, so there is nothing to save and it never does.
  it('are prepared on PostgreSQL by default', async () => {
    expect(await preparedOnServer(true)).toBe(database.url ? 2 : 0);
  });

  it('are not prepared when turned off (transaction-mode poolers)', async () => {
    expect(await preparedOnServer(false)).toBe(0);
  });
});
