/**
 * What must agree between the server's answer and the baseline's for the two
 * to have done the same work: ids, counts, cursors.
 */
import { type CaseName, procedureOf } from './cases';

type Any = Record<string, unknown>;
const ids = (rows: unknown) => (rows as Any[]).map((r) => r.id);

export function fingerprint(name: CaseName, data: unknown): unknown {
  const d = data as Any;
  switch (procedureOf(name)) {
    case 'dashboard.summary': {
      const awaiting = d.awaitingReview as Any;
      return [
        d.campaignsByStatus,
        d.calls,
        ids(d.activeCampaigns),
        (d.spendByVendor as unknown[]).length,
        d.totalSpendCents,
        ids(d.upcomingInterviews),
        awaiting.count,
        ids(awaiting.experts),
      ];
    }
    case 'campaign.list':
      return [ids(d.items), d.nextCursor];
    case 'campaign.byId':
    case 'expert.update':
      return d.id;
    case 'expert.list':
      return [ids(d.items), d.nextCursor];
  }
}
