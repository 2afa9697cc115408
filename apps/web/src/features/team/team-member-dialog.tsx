import { createTeamMemberInput } from '@expert-network/contract';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '../../components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from '../../components/ui/dialog';
import { Field } from '../../components/ui/field';
import { FormErrors } from '../../components/ui/form-errors';
import { Input } from '../../components/ui/input';
import { applyServerErrors } from '../../lib/form-errors';
import { textOrNull as orNull } from '../../lib/form-values';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';
import { FRIENDLY } from '../../lib/zod-messages';
import type { TeamMember } from './use-team';

type Values = z.input<typeof createTeamMemberInput>;

/** Adds a team member, or edits one when `member` is given. */
export function TeamMemberDialog({
  trigger,
  member,
  onSaved,
}: {
  trigger: ReactNode;
  member?: TeamMember;
  onSaved?: (member: { id: string; name: string }) => void;
}) {
  const [open, setOpen] = useState(false);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<Values, unknown, z.output<typeof createTeamMemberInput>>({
    resolver: zodResolver(createTeamMemberInput, FRIENDLY),
    values: {
      name: member?.name ?? '',
      email: member?.email ?? null,
      designation: member?.designation ?? null,
    },
  });
  const done = async (saved: { id: string; name: string }, verb: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.team.pathKey() });
    notify.success(`${saved.name} ${verb}`);
    onSaved?.(saved);
    setOpen(false);
    form.reset();
  };
  const onError = (error: { message: string }) => applyServerErrors(error, form.setError);
  const create = useMutation(
    trpc.team.create.mutationOptions({ onSuccess: (m) => done(m, 'added to your team'), onError }),
  );
  const update = useMutation(
    trpc.team.update.mutationOptions({ onSuccess: (m) => done(m, 'updated'), onError }),
  );
  const errors = form.formState.errors;
  const pending = create.isPending || update.isPending;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent
        title={member ? `Edit ${member.name}` : 'Add a team member'}
        description="Team members can be assigned to campaigns and interview experts."
      >
        <form
          className="grid gap-4"
          noValidate
          onSubmit={form.handleSubmit((values) =>
            member ? update.mutate({ id: member.id, ...values }) : create.mutate(values),
          )}
        >
          <Field label="Name" error={errors.name?.message}>
            <Input autoFocus {...form.register('name')} />
          </Field>
          <Field label="Email" error={errors.email?.message}>
            <Input type="email" {...form.register('email', { setValueAs: orNull })} />
          </Field>
          <Field label="Role or title" error={errors.designation?.message}>
            <Input
              placeholder="Associate"
              {...form.register('designation', { setValueAs: orNull })}
            />
          </Field>
          <FormErrors control={form.control} />
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {pending ? 'Saving…' : member ? 'Save' : 'Add member'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
