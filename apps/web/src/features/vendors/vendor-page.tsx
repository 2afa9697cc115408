import { getRouteApi, Link } from '@tanstack/react-router';
import { MapPin } from 'lucide-react';
import { Badge } from '../../components/ui/badge';
import { Card, CardBody, CardHeader } from '../../components/ui/card';
import { NotFoundPage } from '../../components/ui/not-found-page';
import { PageHeader } from '../../components/ui/page-header';
import { PagePending } from '../../components/ui/route-states';
import { ErrorState } from '../../components/ui/states';
import { isMissing } from '../../lib/api-errors';
import { formatCostRange } from '../../lib/format';
import { ScorecardFacts } from './scorecard-facts';
import { useVendorScorecard } from './use-vendor-scorecards';
import { VendorWebsite } from './vendor-links';
import { VendorScore } from './vendor-score';

const route = getRouteApi('/app/vendors/$vendorId');

/** One vendor: its directory facts, and its scorecard from the user's own campaigns. */
export function VendorPage() {
  const { vendorId } = route.useParams();
  const card = useVendorScorecard(vendorId);
  if (card.isPending) return <PagePending />;
  if (card.isError) {
    if (isMissing(card.error)) return <NotFoundPage what="Vendor" />;
    return (
      <div className="p-4 sm:p-6 lg:p-8">
        <ErrorState error={card.error} onRetry={() => void card.refetch()} />
      </div>
    );
  }
  const { vendor: v, scorecard } = card.data;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/vendors" className="hover:underline">
            Vendors
          </Link>
        }
        title={v.name}
        description={
          <span className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <VendorScore score={v.overallScore} />
            <span className="inline-flex items-center gap-1">
              <MapPin className="size-3.5" aria-hidden /> {v.location}
            </span>
            <span className="tabular-nums">
              Quoted {formatCostRange(v.avgCostPerCallMinCents, v.avgCostPerCallMaxCents)}
            </span>
            <VendorWebsite url={v.website} />
          </span>
        }
      />
      <div className="grid gap-4 p-4 sm:p-6 lg:p-8">
        <Card>
          <CardHeader
            title="Scorecard"
            description="From your own campaigns only: what this vendor proposed, how fast, and how its calls went."
          />
          <CardBody>
            <ScorecardFacts scorecard={scorecard} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="About" />
          <CardBody className="grid gap-3 text-sm">
            {v.description && <p>{v.description}</p>}
            <div className="flex flex-wrap gap-1">
              {v.tags.map((t) => (
                <Badge key={t}>{t}</Badge>
              ))}
            </div>
          </CardBody>
        </Card>
      </div>
    </>
  );
}
