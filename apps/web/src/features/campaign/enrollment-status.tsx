import { sourcingStatus } from '@expert-network/contract/rules';
import { LoaderCircle } from 'lucide-react';
import { Badge } from '../../components/ui/badge';
import { formatRelative } from '../../lib/format';
import { ENROLLMENT_STATUS } from '../../lib/statuses';
import { useNow } from '../../lib/use-now';
import type { Enrollment } from './use-enrollments';

const EXPLAINED: Partial<Record<Enrollment['status'], string>> = {
  pending: 'Waiting for the vendor to accept',
  declined: 'The vendor declined this campaign',
  paused: 'Paused: no new proposals',
};

/**
 * Where a vendor stands: its status (a badge: pending and declined are the
 * vendor's to set), and while it is finding experts, since when and when the
 * next ones are due.
 */
export function EnrollmentStatus({ enrollment: e }: { enrollment: Enrollment }) {
  const now = useNow(30_000);
  const status = sourcingStatus(e.status, e.campaignStatus);
  const look = ENROLLMENT_STATUS[status];
  // Paused by the campaign (the vendor's own enrollment is still active): say so.
  const byCampaign = status !== e.status;
  return (
    <div className="grid justify-items-start gap-1">
      <Badge tone={look.tone}>{look.label}</Badge>
      {byCampaign ? (
        <span className="text-xs text-muted-foreground">
          The campaign is {e.campaignStatus}: no new proposals until it resumes
        </span>
      ) : status === 'active' && e.sourcingSince ? (
        <span className="flex items-center gap-1 text-xs text-muted-foreground">
          <LoaderCircle className="size-3 animate-spin" aria-hidden />
          Sourcing, asked {formatRelative(e.sourcingSince, now)}
          {e.nextDeliveryAt &&
            ` · next experts ${e.nextDeliveryAt > now ? formatRelative(e.nextDeliveryAt, now) : 'any moment'}`}
        </span>
      ) : (
        EXPLAINED[status] && (
          <span className="text-xs text-muted-foreground">{EXPLAINED[status]}</span>
        )
      )}
    </div>
  );
}
