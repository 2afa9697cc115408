import { formatMoney } from '../../lib/format';

/** A share as a whole percentage, or a dash when there is nothing to divide. */
export const formatShare = (share: number | null) =>
  share === null ? '—' : `${Math.round(share * 100)}%`;

/** Seconds as the unit a person would say: minutes, hours or days. */
export function formatWait(seconds: number | null): string {
  if (seconds === null) return '—';
  const hours = seconds / 3600;
  if (hours < 1) return `${Math.max(1, Math.round(seconds / 60))} min`;
  if (hours < 48) return `${Math.round(hours * 10) / 10} h`;
  return `${Math.round((hours / 24) * 10) / 10} days`;
}

/** The average of the 1–5 ratings given on completing calls. */
export const formatRating = (rating: number | null) =>
  rating === null ? '—' : `${rating.toFixed(1)} / 5`;

export const formatFit = (fit: number | null) => (fit === null ? '—' : `${fit.toFixed(1)} / 10`);

/** An hourly rate with its unit. */
export const formatHourly = (cents: number | null) =>
  cents === null ? '—' : `${formatMoney(cents)} / h`;
