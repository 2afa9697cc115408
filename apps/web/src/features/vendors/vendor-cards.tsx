import { MapPin } from 'lucide-react';
import { Badge } from '../../components/ui/badge';
import { Card } from '../../components/ui/card';
import { formatCostRange } from '../../lib/format';
import { scorecardLine } from './scorecard-facts';
import { VendorLink, VendorWebsite } from './vendor-links';
import { VendorScore } from './vendor-score';
import type { VendorRow } from './vendor-sort';

/** The vendor directory on a phone: a card per vendor, every fact in view. */
export function VendorCards({ vendors }: { vendors: VendorRow[] }) {
  return (
    <ul aria-label="Vendors" className="grid gap-3">
      {vendors.map((v) => (
        <li key={v.id}>
          <Card className="grid gap-2 p-4 text-sm">
            <div className="flex items-start justify-between gap-2">
              <div className="grid min-w-0">
                <VendorLink id={v.id} name={v.name} />
                <VendorWebsite url={v.website} />
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
            <p className="text-xs tabular-nums">
              <span className="text-muted-foreground">Your campaigns: </span>
              {scorecardLine(v.scorecard)}
            </p>
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
