import { burnPercent } from '@expert-network/contract/rules';
import { ProgressBar } from '../../components/ui/progress-bar';
import { cn } from '../../lib/cn';
import { formatMoney } from '../../lib/format';

type Props = {
  name: string;
  spentCents: number;
  committedCents: number;
  budgetCents: number;
};

/** Spent (solid) and committed (light) against a budget, with the share used in words. */
export function BudgetBurn({ name, spentCents, committedCents, budgetCents }: Props) {
  const used = Math.round(burnPercent({ spentCents, committedCents, budgetCents }) ?? 0);
  const tone = used >= 100 ? 'destructive' : used >= 80 ? 'warning' : undefined;
  return (
    <div className="grid gap-1.5" data-testid="budget-burn">
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span className="truncate font-medium">{name}</span>
        <span
          className={cn(
            'shrink-0 tabular-nums',
            tone === 'destructive'
              ? 'text-destructive'
              : tone === 'warning'
                ? 'text-warning'
                : 'text-muted-foreground',
          )}
        >
          {used}% of {formatMoney(budgetCents)}
        </span>
      </div>
      <ProgressBar
        value={spentCents}
        secondary={committedCents}
        max={budgetCents}
        label={`${name}: budget used`}
        tone={tone}
      />
      <p className="text-xs text-muted-foreground tabular-nums">
        {formatMoney(spentCents)} spent · {formatMoney(committedCents)} committed ·{' '}
        {formatMoney(Math.max(0, budgetCents - spentCents - committedCents))} left
      </p>
    </div>
  );
}
