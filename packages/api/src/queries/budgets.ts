/**
 * Spent (completed calls) and committed (booked calls) against the optional
 * budgets of a campaign and of its project; the booking warning when a call
 * would pass one, and the notices when 80% and 100% are reached.
 */
import { type Burn, overBudget, thresholdsReached } from '@expert-network/contract/rules';
import { schema } from '@expert-network/db';
import { and, eq, type SQL } from 'drizzle-orm';
import { owned, type Scope } from '../scope';
import { centsOfCalls } from './call-sums';
import { notify } from './notifications';

const { campaigns, interviews, projects } = schema;

/** Spent and committed cents of the caller's calls that match `where`. */
async function sums(scope: Scope, where: SQL) {
  const [row] = await scope.db
    .select({
      spentCents: centsOfCalls('completed'),
      committedCents: centsOfCalls('scheduled'),
    })
    .from(interviews)
    .innerJoin(
      campaigns,
      and(eq(campaigns.id, interviews.campaignId), eq(campaigns.userId, interviews.userId)),
    )
    .where(owned(interviews, scope, where));
  return { spentCents: row?.spentCents ?? 0, committedCents: row?.committedCents ?? 0 };
}

type Budgeted = Burn & { scope: 'campaign' | 'project'; id: string; name: string };

/** The campaign's burn, and its project's when it has one. */
async function burnsOf(scope: Scope, campaignId: string): Promise<Budgeted[]> {
  const [campaign] = await scope.db
    .select({
      name: campaigns.campaignName,
      budgetCents: campaigns.budgetCents,
      projectId: campaigns.projectId,
      projectName: projects.projectName,
      projectBudgetCents: projects.budgetCents,
    })
    .from(campaigns)
    .leftJoin(
      projects,
      and(eq(projects.id, campaigns.projectId), eq(projects.userId, campaigns.userId)),
    )
    .where(owned(campaigns, scope, eq(campaigns.id, campaignId)));
  if (!campaign) return [];
  const burns: Budgeted[] = [
    {
      scope: 'campaign',
      id: campaignId,
      name: campaign.name,
      budgetCents: campaign.budgetCents,
      ...(await sums(scope, eq(interviews.campaignId, campaignId))),
    },
  ];
  if (campaign.projectId) {
    burns.push({
      scope: 'project',
      id: campaign.projectId,
      name: campaign.projectName ?? '',
      budgetCents: campaign.projectBudgetCents,
      ...(await sums(scope, eq(campaigns.projectId, campaign.projectId))),
    });
  }
  return burns;
}

const money = (cents: number) =>
  `$${(cents / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

/** The warning a call of `extraCents` raises when it takes a budget past its amount, if any. */
export async function budgetWarning(scope: Scope, campaignId: string, extraCents: number) {
  const passed = (await burnsOf(scope, campaignId)).filter((b) => overBudget(b, extraCents));
  if (!passed.length) return [];
  const message = passed
    .map(
      (b) =>
        `This call (${money(extraCents)}) takes the ${b.scope} "${b.name}" past its budget of ${money(b.budgetCents ?? 0)}: ${money(b.spentCents)} spent and ${money(b.committedCents)} committed`,
    )
    .join('; ');
  return [{ warning: 'over_budget' as const, message }];
}

/** A notice for each threshold (80%, 100%) the campaign's or its project's budget has reached; once each. */
export async function notifyBudgetThresholds(scope: Scope, campaignId: string) {
  for (const burn of await burnsOf(scope, campaignId)) {
    for (const threshold of thresholdsReached(burn)) {
      const used = burn.spentCents + burn.committedCents;
      await notify(scope, {
        kind: 'budget',
        dedupeKey: `budget:${burn.scope}:${burn.id}:${threshold}`,
        title:
          threshold >= 100
            ? `${burn.name}: budget used up`
            : `${burn.name}: ${threshold}% of the budget used`,
        body: `${money(used)} of ${money(burn.budgetCents ?? 0)} (${money(burn.spentCents)} spent, ${money(burn.committedCents)} committed)`,
        link: burn.scope === 'campaign' ? `/campaigns/${burn.id}` : '/',
        details: { scope: burn.scope, id: burn.id, threshold },
      });
    }
  }
}
