import type { SourcingRequestKind } from '@expert-network/contract/values';
import { schema } from '@expert-network/db';
import type { Scope } from '../scope';

const { sourcingRequests } = schema;

/**
 * Asks the vendors of these enrollments for experts. The vendor simulator (or,
 * one day, a real integration) decides when they answer. An enrollment has at
 * most one open request of each kind: asking again while one is open is a no-op.
 */
export async function requestSourcing(
  scope: Scope,
  enrollmentIds: string[],
  kind: SourcingRequestKind,
) {
  if (enrollmentIds.length === 0) return;
  await scope.db
    .insert(sourcingRequests)
    .values(enrollmentIds.map((enrollmentId) => ({ userId: scope.userId, enrollmentId, kind })))
    .onConflictDoNothing();
}
