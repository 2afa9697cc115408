import { Star } from 'lucide-react';

export function VendorScore({ score }: { score: number }) {
  return (
    <span className="inline-flex items-center gap-1 tabular-nums" title={`Score ${score} of 5`}>
      <Star className="size-3.5 fill-warning text-warning" aria-hidden />
      {score.toFixed(1)}
    </span>
  );
}
