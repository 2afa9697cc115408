import { Card, CardBody, CardHeader } from '../../components/ui/card';
import type { DashboardSummary } from '../dashboard/dashboard-summary';
import { BudgetBurn } from './budget-burn';

/** The dashboard's budgets: each budgeted project, and each active campaign with a budget. */
export function BudgetsCard({
  campaigns,
  projects,
}: {
  campaigns: DashboardSummary['activeCampaigns'];
  projects: DashboardSummary['projectBudgets'];
}) {
  const budgeted = campaigns.filter((c) => c.budgetCents !== null);
  return (
    <Card>
      <CardHeader title="Budgets" description="Spent and committed against each budget" />
      <CardBody className="grid gap-4">
        {projects.length + budgeted.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No budgets yet. Give a campaign or a project a budget to follow its burn here.
          </p>
        ) : (
          <>
            {projects.map((p) => (
              <BudgetBurn
                key={p.id}
                name={`${p.projectName} (project)`}
                spentCents={p.spentCents}
                committedCents={p.committedCents}
                budgetCents={p.budgetCents}
              />
            ))}
            {budgeted.map((c) => (
              <BudgetBurn
                key={c.id}
                name={c.campaignName}
                spentCents={c.spendCents}
                committedCents={c.committedCents}
                budgetCents={c.budgetCents ?? 0}
              />
            ))}
          </>
        )}
      </CardBody>
    </Card>
  );
}
