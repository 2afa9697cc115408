import { UserPlus, Users } from 'lucide-react';
import { useFormContext } from 'react-hook-form';
import { Button } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/input';
import { ListSkeleton } from '../../components/ui/skeleton';
import { EmptyState, ErrorState } from '../../components/ui/states';
import { useEveryPage } from '../../lib/pages';
import { TeamMemberDialog } from '../team/team-member-dialog';
import { useTeam } from '../team/use-team';
import type { WizardValues } from './wizard-form';

export function StepTeam() {
  const { watch, setValue } = useFormContext<WizardValues>();
  const team = useTeam();
  // Picking from the whole team: read a page at a time.
  useEveryPage(team);
  const picked = new Set(watch('teamMemberIds') ?? []);
  const set = (ids: Set<string>) => setValue('teamMemberIds', [...ids], { shouldDirty: true });
  const toggle = (id: string) => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    set(next);
  };
  const addButton = (
    <TeamMemberDialog
      onSaved={(member) => set(new Set([...picked, member.id]))}
      trigger={
        <Button variant="secondary" size="sm">
          <UserPlus /> Add a team member
        </Button>
      }
    />
  );
  if (team.isPending) return <ListSkeleton rows={3} className="mt-4" />;
  if (team.isError) return <ErrorState error={team.error} onRetry={() => void team.refetch()} />;
  return (
    <div className="mt-1 grid gap-4">
      <p className="text-sm text-muted-foreground">
        Who runs the calls. Optional; you can assign people later.
      </p>
      {team.data.length === 0 ? (
        <EmptyState
          icon={Users}
          title="Your team is empty"
          description="Add the colleagues who take expert calls; they can be interviewers."
          action={addButton}
        />
      ) : (
        <>
          <ul className="grid gap-2 sm:grid-cols-2">
            {team.data.map((m) => (
              <li key={m.id}>
                <label className="flex cursor-pointer items-center gap-3 rounded-lg border p-3 hover:bg-accent/40">
                  <Checkbox checked={picked.has(m.id)} onChange={() => toggle(m.id)} />
                  <span className="min-w-0">
                    <span className="block font-medium">{m.name}</span>
                    <span className="block truncate text-xs text-muted-foreground">
                      {[m.designation, m.email].filter(Boolean).join(' · ')}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <div>{addButton}</div>
        </>
      )}
    </div>
  );
}
