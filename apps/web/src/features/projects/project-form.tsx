import { createProjectInput } from '@expert-network/contract';
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
import { textOrNull } from '../../lib/form-values';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';
import { FRIENDLY } from '../../lib/zod-messages';
import { BudgetField } from '../campaign/budget-field';
import type { Project } from './use-projects';

type Values = z.input<typeof createProjectInput>;
type Output = z.output<typeof createProjectInput>;

// The update schema takes the same fields (each optional) plus the id.
const resolver = zodResolver(createProjectInput, FRIENDLY);

/** Creates a project (and opens it), or edits `project`: name, code, description. */
export function ProjectForm({ project, onDone }: { project?: Project; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<Values, unknown, Output>({
    resolver,
    defaultValues: {
      projectName: project?.projectName ?? '',
      projectCode: project?.projectCode,
      description: project?.description ?? '',
      budgetCents: project?.budgetCents ?? null,
    },
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.project.pathKey() });
  const onError = (error: unknown) => applyServerErrors(error, form.setError);
  const create = useMutation(
    trpc.project.create.mutationOptions({
      onSuccess: async (created) => {
        await refresh();
        notify.success(`Project “${created.projectName}” created`);
        onDone();
        form.reset();
        await navigate({ to: '/projects/$projectId', params: { projectId: created.id } });
      },
      onError,
    }),
  );
  const update = useMutation(
    trpc.project.update.mutationOptions({
      onSuccess: async (saved) => {
        // Campaigns show their project's name.
        await Promise.all([
          refresh(),
          queryClient.invalidateQueries({ queryKey: trpc.campaign.pathKey() }),
        ]);
        notify.success(`Project “${saved.projectName}” saved`);
        onDone();
      },
      onError,
    }),
  );
  const errors = form.formState.errors;
  const pending = create.isPending || update.isPending;
  return (
    <form
      className="grid gap-4"
      noValidate
      onSubmit={form.handleSubmit((values) => {
        const fields = { ...values, description: textOrNull(values.description) };
        if (project) update.mutate({ id: project.id, ...fields });
        else create.mutate({ ...fields, projectCode: values.projectCode || undefined });
      })}
    >
      <Field label="Project name" error={errors.projectName?.message}>
        <Input autoFocus placeholder="Project Atlas" {...form.register('projectName')} />
      </Field>
      <Field
        label="Project code"
        hint={project ? undefined : 'Optional; one is made for you (PRJ-1, PRJ-2...).'}
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
      <BudgetField
        control={form.control}
        name="budgetCents"
        hint="Optional: what all the project's calls may cost, across its campaigns."
      />
      <FormErrors control={form.control} />
      <DialogFooter>
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : project ? 'Save' : 'Create project'}
        </Button>
      </DialogFooter>
    </form>
  );
}
