import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from '../../components/ui/dialog';
import { Checkbox } from '../../components/ui/input';
import { ListSkeleton } from '../../components/ui/skeleton';
import { formatCostRange, plural } from '../../lib/format';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';
import { useVendors } from '../vendors/use-vendors';
import { VendorScore } from '../vendors/vendor-score';
import { useInvalidateCampaign } from './use-campaign';

export function AddVendorDialog({
  campaignId,
  enrolledIds,
  trigger,
}: {
  campaignId: string;
  enrolledIds: Set<string>;
  trigger: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const vendors = useVendors();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidateCampaign = useInvalidateCampaign();
  const enroll = useMutation(trpc.vendor.enroll.mutationOptions());
  const available = vendors.data?.filter((v) => !enrolledIds.has(v.id)) ?? [];
  const submit = async () => {
    const results = await Promise.allSettled(
      [...picked].map((vendorPlatformId) => enroll.mutateAsync({ campaignId, vendorPlatformId })),
    );
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.vendor.enrollments.queryKey({ campaignId }) }),
      invalidateCampaign(),
    ]);
    const failed = results.filter((r) => r.status === 'rejected').length;
    if (failed) notify.error(`${plural(failed, 'vendor')} could not be enrolled`);
    else notify.success(`${plural(picked.size, 'vendor')} enrolled`);
    setPicked(new Set());
    setOpen(false);
  };
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent title="Add vendors" description="They start proposing experts once enrolled.">
        {vendors.isPending ? (
          <ListSkeleton rows={5} />
        ) : (
          <ul className="grid max-h-[55vh] gap-1 overflow-y-auto">
            {available.map((v) => (
              <li key={v.id}>
                <label className="flex cursor-pointer items-center gap-3 rounded-md p-2 hover:bg-accent/50">
                  <Checkbox
                    checked={picked.has(v.id)}
                    onChange={() => {
                      const next = new Set(picked);
                      if (next.has(v.id)) next.delete(v.id);
                      else next.add(v.id);
                      setPicked(next);
                    }}
                  />
                  <span className="flex-1">
                    <span className="font-medium">{v.name}</span>
                    <span className="block text-xs text-muted-foreground">
                      {v.location} ·{' '}
                      {formatCostRange(v.avgCostPerCallMinCents, v.avgCostPerCallMaxCents)}
                    </span>
                  </span>
                  <VendorScore score={v.overallScore} />
                </label>
              </li>
            ))}
            {available.length === 0 && (
              <li className="text-sm text-muted-foreground">Every vendor is already enrolled.</li>
            )}
          </ul>
        )}
        <DialogFooter>
          <Button onClick={() => void submit()} disabled={picked.size === 0 || enroll.isPending}>
            Enroll {picked.size || ''}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
