import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDbClient } from '../src/client';
import { queryRows } from '../src/raw';
import { vendorPlatforms } from '../src/schema';
import { createTestDatabase, type TestDatabase } from '../src/testing';

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
