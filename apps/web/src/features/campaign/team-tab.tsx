import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { UserMinus, UserPlus, Users } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { Input, NativeSelect } from '../../components/ui/input';
import { ListSkeleton } from '../../components/ui/skeleton';
import { EmptyState, ErrorState } from '../../components/ui/states';
import { formatInstant, initials } from '../../lib/format';
import { notify } from '../../lib/notify';
import { useEveryPage } from '../../lib/pages';
import { useTRPC } from '../../lib/trpc';
import { useTeam } from '../team/use-team';
import type { Campaign } from './use-campaign';

export function TeamTab({ campaign }: { campaign: Campaign }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const assigned = useQuery(trpc.team.forCampaign.queryOptions({ campaignId: campaign.id }));
  const team = useTeam();
  // Picking from the whole team: read a page at a time.
  useEveryPage(team);
  const [memberId, setMemberId] = useState('');
  const [role, setRole] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.team.pathKey() });
  const assign = useMutation(
    trpc.team.assign.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setMemberId('');
        setRole('');
        notify.success('Assigned to the campaign');
      },
      onError: (error) => notify.failure('Could not assign', error),
    }),
  );
  const unassign = useMutation(
    trpc.team.unassign.mutationOptions({
      onSuccess: async () => {
        await refresh();
        notify.success('Removed from the campaign');
      },
      onError: (error) => notify.failure('Could not remove', error),
    }),
  );
  if (assigned.isPending || team.isPending) return <ListSkeleton rows={3} />;
  if (assigned.isError)
    return <ErrorState error={assigned.error} onRetry={() => void assigned.refetch()} />;
  const assignedIds = new Set(assigned.data.map((m) => m.id));
  const candidates = team.data?.filter((m) => !assignedIds.has(m.id)) ?? [];
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
      <Card>
        {assigned.data.length === 0 ? (
          <EmptyState
            icon={Users}
            title="Nobody assigned yet"
            description="Assign the people who run this campaign's calls."
            className="m-4"
          />
        ) : (
          <ul className="divide-y">
            {assigned.data.map((m) => (
              <li key={m.id} className="flex items-center gap-3 px-4 py-3">
                <span className="grid size-8 place-items-center rounded-full bg-primary/15 text-xs font-semibold text-primary">
                  {initials(m.name)}
                </span>
                <div className="min-w-0 flex-1">
                  <div className="font-medium">{m.name}</div>
                  <div className="text-xs text-muted-foreground">
                    {[m.role ?? m.designation, m.email, `since ${formatInstant(m.assignedAt)}`]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                </div>
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => unassign.mutate({ campaignId: campaign.id, teamMemberId: m.id })}
                >
                  <UserMinus /> Unassign
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card className="h-fit p-4">
        <h2 className="text-sm font-semibold">Assign a team member</h2>
        {team.data?.length === 0 ? (
          <p className="mt-2 text-sm text-muted-foreground">
            Your team is empty.{' '}
            <Link to="/team" className="text-primary hover:underline">
              Add people on the Team page
            </Link>
            .
          </p>
        ) : (
          <form
            className="mt-3 grid gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              if (memberId)
                assign.mutate({
                  campaignId: campaign.id,
                  teamMemberId: memberId,
                  role: role.trim() || null,
                });
            }}
          >
            <NativeSelect
              aria-label="Team member"
              value={memberId}
              onChange={(e) => setMemberId(e.target.value)}
            >
              <option value="">Choose someone</option>
              {candidates.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </NativeSelect>
            <Input
              aria-label="Role on this campaign"
              placeholder="Role (optional)"
              value={role}
              onChange={(e) => setRole(e.target.value)}
            />
            <Button type="submit" disabled={!memberId || assign.isPending}>
              <UserPlus /> Assign
            </Button>
          </form>
        )}
      </Card>
    </div>
  );
}
