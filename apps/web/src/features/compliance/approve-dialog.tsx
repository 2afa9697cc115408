import { approveExpertInput } from '@expert-network/contract';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '../../components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from '../../components/ui/dialog';
import { Field } from '../../components/ui/field';
import { FormErrors } from '../../components/ui/form-errors';
import { Textarea } from '../../components/ui/input';
import { applyServerErrors } from '../../lib/form-errors';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';
import { FRIENDLY } from '../../lib/zod-messages';

type Values = z.input<typeof approveExpertInput>;
const resolver = zodResolver(approveExpertInput, FRIENDLY);

/** Clears a flagged expert for booking: the reason is required and kept with who and when. */
export function ApproveDialog({
  expert,
  reasons,
  trigger,
}: {
  expert: { id: string; name: string };
  reasons: { message: string }[];
  trigger: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<Values>({ resolver, defaultValues: { expertId: expert.id, reason: '' } });
  const approve = useMutation(
    trpc.compliance.approve.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.compliance.approvals.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]);
        notify.success(`${expert.name} approved for booking`);
        setOpen(false);
        form.reset();
      },
      onError: (error) => applyServerErrors(error, form.setError),
    }),
  );
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent
        title={`Approve ${expert.name}?`}
        description="Your name, the time and your reason are recorded in the audit trail."
      >
        <form
          className="grid gap-4"
          noValidate
          onSubmit={form.handleSubmit((values) => approve.mutate(values))}
        >
          <ul className="grid list-disc gap-1 pl-5 text-sm">
            {reasons.map((r) => (
              <li key={r.message}>{r.message}</li>
            ))}
          </ul>
          <Field
            label="Reason for approval"
            hint="Required. For example: cleared by legal, role unrelated to the target."
            error={form.formState.errors.reason?.message}
          >
            <Textarea rows={3} autoFocus {...form.register('reason')} />
          </Field>
          <FormErrors control={form.control} />
          <DialogFooter>
            <Button type="submit" disabled={approve.isPending}>
              {approve.isPending ? 'Approving…' : 'Approve for booking'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
