import { Check, Eye, X } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { Input } from '../../components/ui/input';
import { plural } from '../../lib/format';
import type { useBulkUpdateExperts } from './use-bulk-experts';

/** What to do with the experts picked: shortlist, reject with a reason, mark seen. */
export function BulkBar({
  ids,
  bulk,
  onClear,
  rejectOpen,
  onRejectOpenChange,
}: {
  ids: string[];
  bulk: ReturnType<typeof useBulkUpdateExperts>;
  onClear: () => void;
  /** Controlled, so the R key opens it too. */
  rejectOpen: boolean;
  onRejectOpenChange: (open: boolean) => void;
}) {
  const [reason, setReason] = useState('');
  if (ids.length === 0) return null;
  return (
    <div
      role="toolbar"
      aria-label="Selected experts"
      className="sticky top-2 z-10 flex flex-wrap items-center gap-2 rounded-lg border bg-card px-3 py-2 shadow-sm"
    >
      <span className="text-sm font-medium">{plural(ids.length, 'expert')} selected</span>
      <Button
        size="sm"
        disabled={bulk.isPending}
        onClick={() => bulk.run({ ids, status: 'shortlisted' })}
      >
        <Check className="size-4" aria-hidden />
        Shortlist
      </Button>
      <Button
        size="sm"
        variant="secondary"
        disabled={bulk.isPending}
        onClick={() => onRejectOpenChange(true)}
      >
        <X className="size-4" aria-hidden />
        Reject
      </Button>
      <Button
        size="sm"
        variant="secondary"
        disabled={bulk.isPending}
        onClick={() => bulk.run({ ids, isNew: false })}
      >
        <Eye className="size-4" aria-hidden />
        Mark seen
      </Button>
      <Button size="sm" variant="ghost" onClick={onClear}>
        Clear selection
      </Button>
      <ConfirmDialog
        open={rejectOpen}
        onOpenChange={onRejectOpenChange}
        title={`Reject ${plural(ids.length, 'expert')}?`}
        description={
          <>
            <label htmlFor="reject-reason" className="mb-1.5 block">
              Reason (optional, kept on each expert)
            </label>
            <Input
              id="reject-reason"
              value={reason}
              maxLength={500}
              placeholder="e.g. Too senior for this brief"
              onChange={(e) => setReason(e.target.value)}
            />
          </>
        }
        confirmLabel="Reject"
        cancelLabel="Cancel"
        onConfirm={() => {
          bulk.run({ ids, status: 'rejected', rejectionReason: reason.trim() || null });
          setReason('');
        }}
      />
    </div>
  );
}
