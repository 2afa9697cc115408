import { Building2, Pause, Pencil, Play, Plus, Trash2, UserPlus } from 'lucide-react';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { ScrollX, STICKY_END } from '../../components/ui/scroll-x';
import { ListSkeleton } from '../../components/ui/skeleton';
import { EmptyState, ErrorState } from '../../components/ui/states';
import { cn } from '../../lib/cn';
import { formatCostRange, formatInstant } from '../../lib/format';
import { VendorScore } from '../vendors/vendor-score';
import { AddVendorDialog } from './add-vendor-dialog';
import { EnrollmentDialog } from './enrollment-dialog';
import { EnrollmentStatus } from './enrollment-status';
import type { Campaign } from './use-campaign';
import {
  useEnrollments,
  useRemoveEnrollment,
  useRequestMoreExperts,
  useSetEnrollmentStatus,
} from './use-enrollments';

export function VendorsTab({ campaign }: { campaign: Campaign }) {
  const enrollments = useEnrollments(campaign.id);
  const setStatus = useSetEnrollmentStatus(campaign.id);
  const requestMore = useRequestMoreExperts(campaign.id);
  const remove = useRemoveEnrollment(campaign.id);

  if (enrollments.isPending) return <ListSkeleton rows={4} />;
  if (enrollments.isError) {
    return <ErrorState error={enrollments.error} onRetry={() => void enrollments.refetch()} />;
  }
  const enrolledIds = new Set(enrollments.data.map((e) => e.vendor.id));
  const addButton = (
    <AddVendorDialog
      campaignId={campaign.id}
      enrolledIds={enrolledIds}
      trigger={
        <Button>
          <Plus /> Add vendors
        </Button>
      }
    />
  );
  if (enrollments.data.length === 0) {
    return (
      <EmptyState
        icon={Building2}
        title="No vendors enrolled"
        description="Enroll expert networks so they start proposing experts for this campaign."
        action={addButton}
      />
    );
  }
  return (
    <div className="grid gap-4">
      <div className="flex items-center justify-between">
        <p className="text-sm text-muted-foreground">
          Pause a vendor to stop new proposals; experts already proposed stay.
        </p>
        {addButton}
      </div>
      <Card>
        <ScrollX label="Enrolled vendors" className="rounded-[inherit]">
          <table className="w-full text-sm">
            <thead className="border-b bg-muted/40 text-left text-xs text-muted-foreground">
              <tr>
                <th className="px-4 py-2 font-medium">Vendor</th>
                <th className="px-3 py-2 font-medium">Status</th>
                <th className="px-3 py-2 font-medium">Experts</th>
                <th className="px-3 py-2 font-medium whitespace-nowrap">Account manager</th>
                <th className="px-3 py-2 font-medium">Notes</th>
                <th className="px-3 py-2 font-medium">Enrolled</th>
                <th className={cn(STICKY_END, 'bg-muted px-4 py-2')}>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y">
              {enrollments.data.map((e) => (
                <tr key={e.id} className="align-top">
                  <td className="px-4 py-3">
                    <div className="font-medium">{e.vendor.name}</div>
                    <div className="flex items-center gap-2 text-xs whitespace-nowrap text-muted-foreground">
                      <VendorScore score={e.vendor.overallScore} />
                      {formatCostRange(
                        e.vendor.avgCostPerCallMinCents,
                        e.vendor.avgCostPerCallMaxCents,
                      )}
                    </div>
                  </td>
                  <td className="px-3 py-3">
                    <EnrollmentStatus enrollment={e} />
                  </td>
                  <td className="px-3 py-3 tabular-nums">
                    <Badge>{e.expertCount}</Badge>
                  </td>
                  <td className="px-3 py-3">
                    {e.accountManagerName ?? <span className="text-muted-foreground">—</span>}
                    {e.accountManagerEmail && (
                      <div className="text-xs text-muted-foreground">{e.accountManagerEmail}</div>
                    )}
                  </td>
                  <td className="max-w-64 px-3 py-3 text-muted-foreground">
                    <p className="line-clamp-2">{e.notes ?? '—'}</p>
                  </td>
                  <td className="px-3 py-3 whitespace-nowrap text-muted-foreground">
                    {formatInstant(e.enrolledAt)}
                  </td>
                  <td className={cn(STICKY_END, 'w-56 bg-card px-3 py-3 md:w-auto md:px-4')}>
                    <div className="flex flex-wrap items-center justify-end gap-1 md:flex-nowrap md:whitespace-nowrap">
                      {e.status === 'active' && !e.sourcingSince && (
                        <Button
                          variant="secondary"
                          size="sm"
                          disabled={requestMore.isPending}
                          onClick={() => requestMore.mutate({ id: e.id })}
                          aria-label={`Request more experts from ${e.vendor.name}`}
                        >
                          <UserPlus /> Request more experts
                        </Button>
                      )}
                      {(e.status === 'active' || e.status === 'paused') && (
                        <Button
                          variant="ghost"
                          size="sm"
                          onClick={() =>
                            setStatus.mutate({
                              id: e.id,
                              status: e.status === 'active' ? 'paused' : 'active',
                            })
                          }
                        >
                          {e.status === 'active' ? (
                            <>
                              <Pause /> Pause
                            </>
                          ) : (
                            <>
                              <Play /> Resume
                            </>
                          )}
                        </Button>
                      )}
                      <EnrollmentDialog
                        enrollment={e}
                        trigger={
                          <Button
                            variant="ghost"
                            size="icon-sm"
                            aria-label={`Edit ${e.vendor.name}`}
                          >
                            <Pencil />
                          </Button>
                        }
                      />
                      <ConfirmDialog
                        title={`Remove ${e.vendor.name}?`}
                        description="It stops proposing experts for this campaign. Experts it already proposed stay."
                        confirmLabel="Remove vendor"
                        onConfirm={() => remove.mutate({ id: e.id })}
                        trigger={
                          <Button
                            variant="ghost"
                            size="icon-sm"
                            aria-label={`Remove ${e.vendor.name}`}
                          >
                            <Trash2 />
                          </Button>
                        }
                      />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollX>
      </Card>
    </div>
  );
}
