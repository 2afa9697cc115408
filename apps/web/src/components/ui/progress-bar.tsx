import { cn } from '../../lib/cn';

/** Done (solid) and booked (lighter) against a target. */
export function ProgressBar({
  value,
  secondary = 0,
  max,
  label,
  className,
}: {
  value: number;
  secondary?: number;
  max: number;
  label: string;
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
        className="absolute inset-y-0 left-0 bg-primary/30"
        style={{ width: `${pct(value + secondary)}%` }}
      />
      <div className="absolute inset-y-0 left-0 bg-primary" style={{ width: `${pct(value)}%` }} />
    </div>
  );
}
