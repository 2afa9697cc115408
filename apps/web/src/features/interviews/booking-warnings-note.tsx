import type { BookingWarning } from '@expert-network/contract/rules';
import { TriangleAlert } from 'lucide-react';
import type { RaisedWarning } from './booking-warnings';

const TITLES = {
  interviewer_clash: 'The interviewer is busy',
  outside_campaign_dates: "Outside the campaign's dates",
  over_budget: 'Over budget',
  second_booking_of_person: 'Already booked through another network',
} as const satisfies Record<BookingWarning, string>;

/** What the booking would do that needs the user's word, before it is made. */
export function BookingWarningsNote({ warnings }: { warnings: RaisedWarning[] }) {
  if (!warnings.length) return null;
  return (
    <div
      role="alert"
      className="grid gap-2 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
    >
      <p className="flex items-center gap-2 font-medium">
        <TriangleAlert className="size-4" /> Check before booking
      </p>
      <ul className="grid gap-1 text-xs">
        {warnings.map((w) => (
          <li key={w.warning}>
            <span className="font-medium">{TITLES[w.warning]}:</span> {w.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
