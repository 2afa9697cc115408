import { useQuery } from '@tanstack/react-query';
import { ShieldCheck } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { ListSkeleton } from '../../components/ui/skeleton';
import { ErrorState } from '../../components/ui/states';
import { formatInstant } from '../../lib/format';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { ApproveDialog } from './approve-dialog';
import { ComplianceBadge } from './compliance-badge';

type Expert = Pick<
  RouterOutputs['expert']['byId'],
  'id' | 'name' | 'complianceStatus' | 'complianceReasons' | 'complianceCheckedAt' | 'attestedAt'
>;

/** The expert's compliance check: every reason, the attestation, and approvals (who, when, why). */
export function ExpertCompliance({ expert: e }: { expert: Expert }) {
  const trpc = useTRPC();
  const approvals = useQuery(trpc.compliance.approvals.queryOptions({ expertId: e.id }));
  const current = approvals.data?.find((a) => a.current);
  return (
    <div className="grid gap-3" data-testid="expert-compliance">
      <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
        <ComplianceBadge status={e.complianceStatus} />
        {e.complianceCheckedAt && <span>checked {formatInstant(e.complianceCheckedAt)}</span>}
        <span>
          · attestation {e.attestedAt ? `signed ${formatInstant(e.attestedAt)}` : 'missing'}
        </span>
      </div>
      {e.complianceReasons.length > 0 && (
        <ul className="grid gap-1.5 text-sm">
          {e.complianceReasons.map((r) => (
            <li key={`${r.code}-${r.subject ?? ''}`} className="flex gap-2">
              <span
                className={
                  r.severity === 'block'
                    ? 'font-semibold text-destructive'
                    : 'font-semibold text-warning'
                }
              >
                {r.severity === 'block' ? 'Blocks' : 'Flags'}
              </span>
              <span>{r.message}</span>
            </li>
          ))}
        </ul>
      )}
      {e.complianceStatus === 'blocked' && (
        <p className="text-sm text-muted-foreground">
          A blocked expert can be neither shortlisted nor booked. Change the project's rules or your
          do-not-contact list if this is wrong.
        </p>
      )}
      {approvals.isPending ? (
        <ListSkeleton rows={1} />
      ) : approvals.isError ? (
        <ErrorState error={approvals.error} onRetry={() => void approvals.refetch()} />
      ) : (
        <>
          {e.complianceStatus === 'flagged' &&
            (current ? (
              <p className="flex items-center gap-1.5 text-sm text-success">
                <ShieldCheck className="size-4" aria-hidden /> Approved for booking
              </p>
            ) : (
              <ApproveDialog
                expert={e}
                reasons={e.complianceReasons}
                trigger={<Button variant="secondary">Approve for booking…</Button>}
              />
            ))}
          {approvals.data.length > 0 && (
            <ul className="grid gap-2 text-sm" aria-label="Approvals">
              {approvals.data.map((a) => (
                <li key={a.id} className="rounded-md bg-muted/50 p-2">
                  <span className="text-xs text-muted-foreground">
                    Approved by {a.approvedByName}, {formatInstant(a.approvedAt)}
                    {a.current ? '' : ' · no longer covers the current reasons'}
                  </span>
                  <span className="block">{a.reason}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
