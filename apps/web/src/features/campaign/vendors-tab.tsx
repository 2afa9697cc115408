import { createColumnHelper } from '@tanstack/react-table';
import { Building2, Pause, Pencil, Play, Plus, Trash2, UserPlus } from 'lucide-react';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { DataTable } from '../../components/ui/data-table';
import { ListSection } from '../../components/ui/list-section';
import { ListSkeleton } from '../../components/ui/skeleton';
import { ErrorState } from '../../components/ui/states';
import { formatCostRange, formatInstant } from '../../lib/format';
import { VendorScore } from '../vendors/vendor-score';
import { AddVendorDialog } from './add-vendor-dialog';
import { EnrollmentDialog } from './enrollment-dialog';
import { EnrollmentStatus } from './enrollment-status';
import type { Campaign } from './use-campaign';
import {
  type Enrollment,
  useEnrollments,
  useRemoveEnrollment,
  useRequestMoreExperts,
  useSetEnrollmentStatus,
} from './use-enrollments';

export function VendorsTab({ campaign }: { campaign: Campaign }) {
  const enrollments = useEnrollments(campaign.id);

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
  return (
    <ListSection
      isEmpty={enrollments.data.length === 0}
      empty={{
        icon: Building2,
        title: 'No vendors enrolled',
        description: 'Enroll expert networks so they start proposing experts for this campaign.',
      }}
      hint={
        campaign.status === 'active'
          ? 'Pause a vendor to stop new proposals; experts already proposed stay.'
          : `The campaign is ${campaign.status}: its vendors propose no one until you resume it.`
      }
      action={addButton}
    >
      <DataTable label="Enrolled vendors" data={enrollments.data} columns={columns} />
    </ListSection>
  );
}

const column = createColumnHelper<Enrollment>();

const columns = [
  column.display({
    id: 'vendor',
    header: 'Vendor',
    meta: { wrap: true, className: 'min-w-48' },
    cell: ({ row: { original: e } }) => (
      <>
        <div className="font-medium">{e.vendor.name}</div>
        <div className="flex items-center gap-2 text-xs whitespace-nowrap text-muted-foreground">
          <VendorScore score={e.vendor.overallScore} />
          {formatCostRange(e.vendor.avgCostPerCallMinCents, e.vendor.avgCostPerCallMaxCents)}
        </div>
      </>
    ),
  }),
  column.display({
    id: 'status',
    header: 'Status',
    meta: { wrap: true },
    cell: ({ row }) => <EnrollmentStatus enrollment={row.original} />,
  }),
  column.accessor('expertCount', {
    header: 'Experts',
    meta: { wrap: true, className: 'tabular-nums' },
    cell: ({ getValue }) => <Badge>{getValue()}</Badge>,
  }),
  column.display({
    id: 'accountManager',
    header: 'Account manager',
    meta: { wrap: true },
    cell: ({ row: { original: e } }) => (
      <>
        {e.accountManagerName ?? <span className="text-muted-foreground">—</span>}
        {e.accountManagerEmail && (
          <div className="text-xs text-muted-foreground">{e.accountManagerEmail}</div>
        )}
      </>
    ),
  }),
  column.accessor('notes', {
    header: 'Notes',
    meta: { wrap: true, className: 'max-w-64 text-muted-foreground' },
    cell: ({ getValue }) => <p className="line-clamp-2">{getValue() ?? '—'}</p>,
  }),
  column.accessor('enrolledAt', {
    header: 'Enrolled',
    meta: { wrap: true, className: 'whitespace-nowrap text-muted-foreground' },
    cell: ({ getValue }) => formatInstant(getValue()),
  }),
  column.display({
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    meta: { wrap: true, className: 'w-56 md:w-auto' },
    cell: ({ row }) => <EnrollmentActions enrollment={row.original} />,
  }),
];

/** Ask for more experts, pause or resume, edit, remove. */
function EnrollmentActions({ enrollment: e }: { enrollment: Enrollment }) {
  const setStatus = useSetEnrollmentStatus(e.campaignId);
  const requestMore = useRequestMoreExperts(e.campaignId);
  const remove = useRemoveEnrollment(e.campaignId);
  // While the campaign is not running, its vendors rest: only editing and removing are offered.
  const running = e.campaignStatus === 'active';
  return (
    <div className="flex flex-wrap items-center justify-end gap-1 md:flex-nowrap md:whitespace-nowrap">
      {running && e.status === 'active' && !e.sourcingSince && (
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
      {running && (e.status === 'active' || e.status === 'paused') && (
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
          <Button variant="ghost" size="icon-sm" aria-label={`Remove ${e.vendor.name}`}>
            <Trash2 />
          </Button>
        }
      />
    </div>
  );
}
