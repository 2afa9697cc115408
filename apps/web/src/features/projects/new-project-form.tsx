import { createProjectInput } from '@expert-network/api/schemas';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '../../components/ui/button';
import { DialogFooter } from '../../components/ui/dialog';
import { Field } from '../../components/ui/field';
import { FormErrors } from '../../components/ui/form-errors';
import { Input, Textarea } from '../../components/ui/input';
import { applyServerErrors } from '../../lib/form-errors';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';
import { FRIENDLY } from '../../lib/zod-messages';

type Values = z.input<typeof createProjectInput>;

export function NewProjectForm({ onDone }: { onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<Values, unknown, z.output<typeof createProjectInput>>({
    resolver: zodResolver(createProjectInput, FRIENDLY),
    defaultValues: { projectName: '', description: '' },
  });
  const create = useMutation(
    trpc.project.create.mutationOptions({
      onSuccess: async (project) => {
        await queryClient.invalidateQueries({ queryKey: trpc.project.list.queryKey() });
        notify.success(`Project “${project.projectName}” created`);
        onDone();
        form.reset();
        await navigate({ to: '/projects/$projectId', params: { projectId: project.id } });
      },
      onError: (error) => applyServerErrors(error, form.setError),
    }),
  );
  const errors = form.formState.errors;
  return (
    <form
      className="grid gap-4"
      onSubmit={form.handleSubmit((values) =>
        create.mutate({ ...values, projectCode: values.projectCode || undefined }),
      )}
    >
      <Field label="Project name" error={errors.projectName?.message}>
        <Input autoFocus placeholder="Project Atlas" {...form.register('projectName')} />
      </Field>
      <Field
        label="Project code"
        hint="Optional; one is made for you (PRJ-1, PRJ-2...)."
        error={errors.projectCode?.message}
      >
        <Input
          placeholder="ATLAS"
          {...form.register('projectCode', { setValueAs: (v) => v || undefined })}
        />
      </Field>
      <Field label="Description" error={errors.description?.message}>
        <Textarea rows={3} {...form.register('description')} />
      </Field>
      <FormErrors control={form.control} />
      <DialogFooter>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create project'}
        </Button>
      </DialogFooter>
    </form>
  );
}
