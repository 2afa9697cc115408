import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Pencil, Trash2, UserPlus, Users } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { DataTable } from '../../components/ui/data-table';
import { PageHeader } from '../../components/ui/page-header';
import { ListSkeleton } from '../../components/ui/skeleton';
import { EmptyState, ErrorState } from '../../components/ui/states';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';
import { useColumnWidths } from '../preferences/use-column-widths';
import { TeamMemberDialog } from './team-member-dialog';
import { type TeamMember, useTeam } from './use-team';

const column = createColumnHelper<TeamMember>();

export function TeamPage() {
  const columnWidths = useColumnWidths('team');
  const team = useTeam();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.team.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.team.pathKey() });
        notify.success('Removed from your team');
      },
      onError: (error) => notify.failure('Could not remove', error),
    }),
  );
  const columns = [
    column.accessor('name', {
      header: 'Name',
      size: 200,
      cell: (c) => <span className="font-medium">{c.getValue()}</span>,
    }),
    column.accessor('designation', { header: 'Role', size: 160, cell: (c) => c.getValue() ?? '—' }),
    column.accessor('email', { header: 'Email', size: 240, cell: (c) => c.getValue() ?? '—' }),
    column.accessor('campaignCount', { header: 'Campaigns', size: 100 }),
    column.display({
      id: 'actions',
      header: () => <span className="sr-only">Actions</span>,
      size: 100,
      enableResizing: false,
      cell: ({ row: { original: m } }) => (
        <div className="flex justify-end gap-1">
          <TeamMemberDialog
            member={m}
            trigger={
              <Button variant="ghost" size="icon-sm" aria-label={`Edit ${m.name}`}>
                <Pencil />
              </Button>
            }
          />
          <ConfirmDialog
            title={`Remove ${m.name}?`}
            description="They leave every campaign; their past interviews stay, without an interviewer."
            confirmLabel="Remove"
            onConfirm={() => remove.mutate({ id: m.id })}
            trigger={
              <Button variant="ghost" size="icon-sm" aria-label={`Remove ${m.name}`}>
                <Trash2 />
              </Button>
            }
          />
        </div>
      ),
    }),
  ];
  const add = (
    <TeamMemberDialog
      trigger={
        <Button>
          <UserPlus /> Add member
        </Button>
      }
    />
  );
  return (
    <>
      <PageHeader
        title="Team"
        description="The people who run calls; assign them to campaigns as interviewers."
        actions={add}
      />
      <div className="p-4 sm:p-6 lg:p-8">
        {team.isPending ? (
          <ListSkeleton rows={4} />
        ) : team.isError ? (
          <ErrorState error={team.error} onRetry={() => void team.refetch()} />
        ) : team.data.length === 0 ? (
          <EmptyState
            icon={Users}
            title="No team members yet"
            description="Add colleagues to assign them to campaigns and interviews."
            action={add}
          />
        ) : (
          <DataTable {...columnWidths} label="Team members" data={team.data} columns={columns} />
        )}
      </div>
    </>
  );
}
