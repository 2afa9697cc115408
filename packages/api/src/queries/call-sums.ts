/**
 * The call figures every money view shows, as SQL aggregates over `interviews`:
 * spent is completed calls, committed is booked ones, never added together.
 * The status is in the SQL text, not a parameter, so a prepared statement's
 * generic plan is made for it.
 */
import { schema } from '@expert-network/db';
import { sql } from 'drizzle-orm';

const { interviews } = schema;

type CallStatus = 'completed' | 'scheduled';
const inStatus = (status: CallStatus) => sql`${interviews.status} = ${sql.raw(`'${status}'`)}`;

/** Cents of the calls in `status`: bigint in SQL (a firm's total passes int4's $21 million), exact as a number. */
export const centsOfCalls = (status: CallStatus) =>
  sql<number>`coalesce(sum(${interviews.costCents}) FILTER (WHERE ${inStatus(status)}), 0)::bigint`.mapWith(
    Number,
  );

/** How many calls are in `status`. */
export const countOfCalls = (status: CallStatus) =>
  sql<number>`(count(*) FILTER (WHERE ${inStatus(status)}))::int`;
