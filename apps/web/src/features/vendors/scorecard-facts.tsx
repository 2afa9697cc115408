import { formatMoney, plural } from '../../lib/format';
import { formatFit, formatHourly, formatRating, formatShare, formatWait } from './scorecard-format';
import type { Scorecard } from './use-vendor-scorecards';

/** Each figure of a scorecard with its name, as the vendor page and the phone's cards list them. */
function scorecardFacts(s: Scorecard): { label: string; value: string; hint?: string }[] {
  return [
    { label: 'Experts proposed', value: String(s.expertsProposed) },
    {
      label: 'Shortlisted',
      value: formatShare(s.shortlistedShare),
      hint: 'Share of proposed experts now shortlisted, scheduled or completed',
    },
    {
      label: 'Time to first expert',
      value: formatWait(s.medianSecondsToFirstExpert),
      hint: 'Median, from enrolling the vendor in a campaign to its first expert',
    },
    { label: 'Average fit', value: formatFit(s.averageFitScore) },
    { label: 'Average rate', value: formatHourly(s.averageRateCents) },
    { label: 'Calls completed', value: String(s.callsCompleted) },
    {
      label: 'No-show rate',
      value: formatShare(s.noShowRate),
      hint: 'No-shows among calls that were due (completed or no-show)',
    },
    {
      label: 'Cancelled',
      value: formatShare(s.cancelledShare),
      hint: 'Cancelled among every call booked',
    },
    { label: 'Spend', value: formatMoney(s.spendCents), hint: 'Cost of completed calls' },
    {
      label: 'Call rating',
      value: formatRating(s.averageRating),
      hint: 'Average of your 1–5 ratings on completed calls',
    },
  ];
}

/** The figures as a grid of small cards. */
export function ScorecardFacts({ scorecard }: { scorecard: Scorecard }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {scorecardFacts(scorecard).map((f) => (
        <div key={f.label} className="rounded-lg border bg-card p-3">
          <dt className="text-xs text-muted-foreground" title={f.hint}>
            {f.label}
          </dt>
          <dd className="mt-1 text-lg font-semibold tabular-nums">{f.value}</dd>
          {f.hint && <dd className="mt-0.5 text-xs text-muted-foreground">{f.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}

/** One line of the user's history with a vendor, for lists where space is short. */
export function scorecardLine(s: Scorecard): string {
  if (s.expertsProposed === 0 && s.callsCompleted === 0) return 'No experts from them yet';
  return [
    plural(s.expertsProposed, 'expert'),
    `${formatShare(s.shortlistedShare)} shortlisted`,
    plural(s.callsCompleted, 'call'),
    `${formatMoney(s.spendCents)} spent`,
  ].join(' · ');
}
