/**
 * Keyset pages: a list ordered by (sort key, id) continues after the last row
 * the client saw, so a page costs the same whether it is the first or the
 * hundredth, and rows added or removed meanwhile neither repeat nor vanish.
 */
import { isStorableText, PAGE_SIZE } from '@expert-network/contract';
import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { invalid } from '../errors';

export type Page<T> = { items: T[]; nextCursor: string | null };

/** Where the previous page ended: its last row's sort key and id. */
export type Cursor = { key: string | number; id: string };
/** A sort key value, or SQL for one (a time: `sql`${text}::timestamptz``). */
type Key = string | number | SQL;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const encodeCursor = (c: Cursor) =>
  Buffer.from(JSON.stringify([c.key, c.id])).toString('base64url');

/** The cursor a previous page handed out; anything else is BAD_REQUEST on `cursor`. */
export function decodeCursor(raw: string, keyType: 'number' | 'string' | 'time'): Cursor {
  try {
    const [key, id] = JSON.parse(Buffer.from(raw, 'base64url').toString()) as unknown[];
    const keyOk =
      keyType === 'time'
        ? typeof key === 'string' && !Number.isNaN(Date.parse(key))
        : typeof key === keyType && (typeof key !== 'string' || isStorableText(key));
    if (keyOk && typeof id === 'string' && UUID.test(id)) {
      return { key: key as string | number, id };
    }
  } catch {
    // Falls through to the error below.
  }
  throw invalid('cursor', 'Not a cursor this API gave out');
}

/** `(key, id) > (cursor)`: the rows after the cursor, in ascending order. */
export const after = (
  key: PgColumn | SQL,
  id: PgColumn,
  cursor: { key: Key; id: string } | undefined,
) => (cursor ? sql`(${key}, ${id}) > (${cursor.key}, ${cursor.id}::uuid)` : undefined);

/** How many rows to ask for: the page and one more, to know whether another follows. */
export const rowsToFetch = (limit = PAGE_SIZE) => limit + 1;

/** The page of `rows` (fetched with `rowsToFetch(limit)`), and the cursor to the next one. */
export function pageOf<T extends { id: string }>(
  rows: T[],
  limit: number = PAGE_SIZE,
  key: (row: T) => string | number,
): Page<T> {
  const items = rows.length > limit ? rows.slice(0, limit) : rows;
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor({ key: key(last), id: last.id }) : null,
  };
}
