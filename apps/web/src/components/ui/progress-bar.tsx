import { cn } from '../../lib/cn';

const TONES = {
  primary: { done: 'bg-primary', booked: 'bg-primary/30' },
  warning: { done: 'bg-warning', booked: 'bg-warning/30' },
  destructive: { done: 'bg-destructive', booked: 'bg-destructive/30' },
} as const;

/** Done (solid) and booked (lighter) against a target. */
export function ProgressBar({
  value,
  secondary = 0,
  max,
  label,
  tone = 'primary',
  className,
}: {
  value: number;
  secondary?: number;
  max: number;
  label: string;
  /** A warning or an overrun colours the bar, not only the words beside it. */
  tone?: keyof typeof TONES;
  className?: string;
}) {
  const pct = (n: number) => (max > 0 ? Math.min(100, (n / max) * 100) : 0);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      className={cn('relative h-2 overflow-hidden rounded-full bg-muted', className)}
    >
      <div
        className={cn('absolute inset-y-0 left-0', TONES[tone].booked)}
        style={{ width: `${pct(value + secondary)}%` }}
      />
      <div
        className={cn('absolute inset-y-0 left-0', TONES[tone].done)}
        style={{ width: `${pct(value)}%` }}
      />
    </div>
  );
}
