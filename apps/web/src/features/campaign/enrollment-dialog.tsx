import { updateEnrollmentInput } from '@expert-network/contract';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '../../components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from '../../components/ui/dialog';
import { Field } from '../../components/ui/field';
import { FormErrors } from '../../components/ui/form-errors';
import { Input, Textarea } from '../../components/ui/input';
import { applyServerErrors } from '../../lib/form-errors';
import { textOrNull as orNull } from '../../lib/form-values';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';
import { FRIENDLY } from '../../lib/zod-messages';
import type { Enrollment } from './use-enrollments';

type Values = z.input<typeof updateEnrollmentInput>;

/** The account manager and notes of one vendor in one campaign. */
export function EnrollmentDialog({
  enrollment,
  trigger,
}: {
  enrollment: Enrollment;
  trigger: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<Values, unknown, z.output<typeof updateEnrollmentInput>>({
    resolver: zodResolver(updateEnrollmentInput, FRIENDLY),
    values: {
      id: enrollment.id,
      accountManagerName: enrollment.accountManagerName,
      accountManagerEmail: enrollment.accountManagerEmail,
      notes: enrollment.notes,
    },
  });
  const save = useMutation(
    trpc.vendor.updateEnrollment.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.vendor.enrollments.pathKey() });
        notify.success(`${enrollment.vendor.name} updated`);
        setOpen(false);
      },
      onError: (error) => applyServerErrors(error, form.setError),
    }),
  );
  const errors = form.formState.errors;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent
        title={enrollment.vendor.name}
        description="Your contact at the vendor, and notes for the team."
      >
        <form className="grid gap-4" noValidate onSubmit={form.handleSubmit((v) => save.mutate(v))}>
          <Field label="Account manager" error={errors.accountManagerName?.message}>
            <Input {...form.register('accountManagerName', { setValueAs: orNull })} />
          </Field>
          <Field label="Account manager email" error={errors.accountManagerEmail?.message}>
            <Input type="email" {...form.register('accountManagerEmail', { setValueAs: orNull })} />
          </Field>
          <Field label="Notes" error={errors.notes?.message}>
            <Textarea rows={4} {...form.register('notes', { setValueAs: orNull })} />
          </Field>
          <FormErrors control={form.control} />
          <DialogFooter>
            <Button type="submit" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
