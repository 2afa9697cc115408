import { sql } from 'drizzle-orm';
import {
  foreignKey,
  index,
  integer,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { campaignVendorEnrollments } from './campaigns';
import { expertNetwork, ownedId, ownerId, ownerKey, timestamps } from './common';
import { sourcingRequestKind, sourcingRequestStatus } from './enums';

/**
 * Work for the vendor simulator, kept in the database so a restart resumes it
 * and several server processes share it. The API records what was asked
 * (`due_at` null); the simulator decides when the vendor answers (sets
 * `due_at`), then claims due rows with FOR UPDATE SKIP LOCKED under a lease.
 */
export const sourcingRequests = expertNetwork.table(
  'sourcing_requests',
  {
    id: ownedId(),
    userId: ownerId(),
    enrollmentId: uuid().notNull(),
    kind: sourcingRequestKind().notNull(),
    status: sourcingRequestStatus().notNull().default('pending'),
    /** Which batch of the enrollment this is (1 = first proposals). */
    batchNumber: integer().notNull().default(1),
    dueAt: timestamp({ withTimezone: true }),
    /** While running: the worker's lease; an expired lease may be claimed again. */
    leaseExpiresAt: timestamp({ withTimezone: true }),
    /** New at each claim: only the holder of the current lease may finish the request. */
    leaseToken: uuid(),
    attempts: integer().notNull().default(0),
    expertsDelivered: integer().notNull().default(0),
    /** How many of the vendor's candidate positions this request used (delivered or skipped). */
    positionsUsed: integer().notNull().default(0),
    lastError: text(),
    completedAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    ownerKey('sourcing_requests', t),
    index('sourcing_requests_enrollment_idx').on(t.enrollmentId),
    // The worker's scan: what is open, soonest first.
    index('sourcing_requests_open_idx')
      .on(t.dueAt)
      .where(sql`${t.status} IN ('pending', 'running')`),
    // At most one open request per enrollment and kind.
    uniqueIndex('sourcing_requests_one_open_unique')
      .on(t.userId, t.enrollmentId, t.kind)
      .where(sql`${t.status} IN ('pending', 'running')`),
    foreignKey({
      name: 'sourcing_requests_enrollment_fk',
      columns: [t.enrollmentId, t.userId],
      foreignColumns: [campaignVendorEnrollments.id, campaignVendorEnrollments.userId],
    }).onDelete('cascade'),
  ],
);
