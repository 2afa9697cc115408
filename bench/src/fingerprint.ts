/**
 * What must agree between the server's answer (objects) and the baseline's
 * (rows as arrays) for the two to have done the same work: ids, counts, cursors.
 */
import type { CaseName } from './cases';

type Any = Record<string, unknown> & unknown[];
const ids = (rows: unknown, side: 'ours' | 'baseline') =>
  (rows as Any[]).map((r) => (side === 'ours' ? r.id : r[0]));

export function fingerprint(name: CaseName, data: unknown, side: 'ours' | 'baseline'): unknown {
  const d = data as Any;
  switch (name) {
    case 'dashboard.summary': {
      const awaiting = d.awaitingReview as Any;
      return [
        d.campaignsByStatus,
        d.calls,
        ids(d.activeCampaigns, side),
        (d.spendByVendor as unknown[]).length,
        d.totalSpendCents,
        ids(d.upcomingInterviews, side),
        awaiting.count,
        ids(awaiting.experts, side),
      ];
    }
    case 'campaign.list':
      return ids(d, side);
    case 'campaign.byId':
    case 'expert.update':
      return side === 'ours' ? d.id : d[0];
    case 'expert.list':
      return [ids(d.items, side), d.nextCursor];
  }
}
