import { USER_ENROLLMENT_STATUSES } from '@expert-network/api/schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Building2, Pencil, Plus, Trash2 } from 'lucide-react';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { NativeSelect } from '../../components/ui/input';
import { ListSkeleton } from '../../components/ui/skeleton';
import { EmptyState, ErrorState } from '../../components/ui/states';
import { formatCostRange, formatInstant } from '../../lib/format';
import { notify } from '../../lib/notify';
import { ENROLLMENT_STATUS } from '../../lib/statuses';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { VendorScore } from '../vendors/vendor-score';
import { AddVendorDialog } from './add-vendor-dialog';
import { EnrollmentDialog } from './enrollment-dialog';
import { type Campaign, useInvalidateCampaign } from './use-campaign';

export type Enrollment = RouterOutputs['vendor']['enrollments'][number];

export function VendorsTab({ campaign }: { campaign: Campaign }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidateCampaign = useInvalidateCampaign();
  const key = trpc.vendor.enrollments.queryKey({ campaignId: campaign.id });
  const enrollments = useQuery(trpc.vendor.enrollments.queryOptions({ campaignId: campaign.id }));
  const setStatus = useMutation(
    trpc.vendor.updateEnrollment.mutationOptions({
      onMutate: async ({ id, status }) => {
        await queryClient.cancelQueries({ queryKey: key });
        const previous = queryClient.getQueryData(key);
        queryClient.setQueryData(key, (list) =>
          list?.map((e) => (e.id === id && status ? { ...e, status } : e)),
        );
        return { previous };
      },
      onError: (error, _v, context) => {
        queryClient.setQueryData(key, context?.previous);
        notify.failure('Could not change the status', error);
      },
      onSuccess: (e) =>
        notify.success(`${e.vendor.name} is ${ENROLLMENT_STATUS[e.status].label.toLowerCase()}`),
      onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
    }),
  );
  const remove = useMutation(
    trpc.vendor.unenroll.mutationOptions({
      onSuccess: async () => {
        await Promise.all([queryClient.invalidateQueries({ queryKey: key }), invalidateCampaign()]);
        notify.success('Vendor removed from the campaign');
      },
      onError: (error) => notify.failure('Could not remove the vendor', error),
    }),
  );

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
      <Card className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="border-b bg-muted/40 text-left text-xs text-muted-foreground">
            <tr>
              <th className="px-4 py-2 font-medium">Vendor</th>
              <th className="px-3 py-2 font-medium">Status</th>
              <th className="px-3 py-2 font-medium">Experts</th>
              <th className="px-3 py-2 font-medium">Account manager</th>
              <th className="px-3 py-2 font-medium">Notes</th>
              <th className="px-3 py-2 font-medium">Enrolled</th>
              <th className="px-4 py-2" />
            </tr>
          </thead>
          <tbody className="divide-y">
            {enrollments.data.map((e) => (
              <tr key={e.id} className="align-top">
                <td className="px-4 py-3">
                  <div className="font-medium">{e.vendor.name}</div>
                  <div className="flex items-center gap-2 text-xs text-muted-foreground">
                    <VendorScore score={e.vendor.overallScore} />
                    {formatCostRange(
                      e.vendor.avgCostPerCallMinCents,
                      e.vendor.avgCostPerCallMaxCents,
                    )}
                  </div>
                </td>
                <td className="px-3 py-3">
                  <NativeSelect
                    aria-label={`Status of ${e.vendor.name}`}
                    className="h-8 w-32"
                    value={e.status}
                    onChange={(ev) =>
                      setStatus.mutate({
                        id: e.id,
                        status: ev.target.value as (typeof USER_ENROLLMENT_STATUSES)[number],
                      })
                    }
                  >
                    {/* Pending and declined are the vendor's to set: shown, never offered. */}
                    {[...new Set([e.status, ...USER_ENROLLMENT_STATUSES])].map((s) => (
                      <option key={s} value={s}>
                        {ENROLLMENT_STATUS[s].label}
                      </option>
                    ))}
                  </NativeSelect>
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
                <td className="px-4 py-3">
                  <div className="flex justify-end gap-1">
                    <EnrollmentDialog
                      enrollment={e}
                      trigger={
                        <Button variant="ghost" size="icon-sm" aria-label={`Edit ${e.vendor.name}`}>
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
      </Card>
    </div>
  );
}
