import { MapPin } from 'lucide-react';
import { Badge } from '../../components/ui/badge';
import { Card } from '../../components/ui/card';
import { formatCostRange } from '../../lib/format';
import type { Vendor } from './use-vendors';
import { VendorScore } from './vendor-score';

/** The vendor directory on a phone: a card per vendor, every fact in view. */
export function VendorCards({ vendors }: { vendors: Vendor[] }) {
  return (
    <ul aria-label="Vendors" className="grid gap-3">
      {vendors.map((v) => (
        <li key={v.id}>
          <Card className="grid gap-2 p-4 text-sm">
            <div className="flex items-start justify-between gap-2">
              <div className="min-w-0">
                <div className="font-medium">{v.name}</div>
                {v.website && (
                  <div className="truncate text-xs text-muted-foreground">{v.website}</div>
                )}
              </div>
              <VendorScore score={v.overallScore} />
            </div>
            <div className="flex flex-wrap gap-x-4 gap-y-1 text-muted-foreground">
              <span className="tabular-nums">
                {formatCostRange(v.avgCostPerCallMinCents, v.avgCostPerCallMaxCents)}
              </span>
              <span className="inline-flex items-center gap-1">
                <MapPin className="size-3.5" aria-hidden /> {v.location}
              </span>
            </div>
            <div className="flex flex-wrap gap-1">
              {v.tags.map((t) => (
                <Badge key={t}>{t}</Badge>
              ))}
            </div>
          </Card>
        </li>
      ))}
    </ul>
  );
}
