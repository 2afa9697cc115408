import { addDoNotContactInput } from '@expert-network/contract';
import { DO_NOT_CONTACT_KINDS } from '@expert-network/contract/values';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Ban, Trash2 } from 'lucide-react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../components/ui/card';
import { Field } from '../../components/ui/field';
import { FormErrors } from '../../components/ui/form-errors';
import { Input, NativeSelect } from '../../components/ui/input';
import { ListSkeleton } from '../../components/ui/skeleton';
import { EmptyState, ErrorState } from '../../components/ui/states';
import { applyServerErrors } from '../../lib/form-errors';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';
import { FRIENDLY } from '../../lib/zod-messages';
import { useAfterRulesChange } from './use-compliance';

type Values = z.input<typeof addDoNotContactInput>;
type Output = z.output<typeof addDoNotContactInput>;
const resolver = zodResolver(addDoNotContactInput, FRIENDLY);

/** People and companies never to call, in any project; a change re-checks every expert. */
export function DoNotContactCard() {
  const trpc = useTRPC();
  const afterChange = useAfterRulesChange();
  const list = useQuery(trpc.compliance.doNotContact.queryOptions());
  const form = useForm<Values, unknown, Output>({
    resolver,
    defaultValues: { kind: 'company', name: '', note: '' },
  });
  const add = useMutation(
    trpc.compliance.addDoNotContact.mutationOptions({
      onSuccess: async ({ entry, rechecked }) => {
        form.reset({ kind: entry.kind, name: '', note: '' });
        await afterChange(`${entry.name} added to your do-not-contact list`, rechecked);
      },
      onError: (error) => applyServerErrors(error, form.setError),
    }),
  );
  const remove = useMutation(
    trpc.compliance.removeDoNotContact.mutationOptions({
      onSuccess: ({ rechecked }) => afterChange('Removed from your do-not-contact list', rechecked),
      onError: (error) => notify.failure('Could not remove the entry', error),
    }),
  );
  const errors = form.formState.errors;
  return (
    <Card aria-label="Do-not-contact list">
      <CardHeader
        title="Do-not-contact list"
        description="Experts with a listed name, or working at a listed company, are blocked in every project."
      />
      <CardBody className="grid gap-4">
        <form
          className="grid gap-3 sm:grid-cols-[8rem_1fr_1fr_auto] sm:items-end"
          noValidate
          onSubmit={form.handleSubmit((values) => add.mutate(values))}
        >
          <Field label="Kind" error={errors.kind?.message}>
            <NativeSelect {...form.register('kind')}>
              {DO_NOT_CONTACT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k === 'person' ? 'Person' : 'Company'}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field label="Name" error={errors.name?.message}>
            <Input placeholder="Initech or Jane Doe" {...form.register('name')} />
          </Field>
          <Field label="Note (optional)" error={errors.note?.message}>
            <Input placeholder="Why" {...form.register('note')} />
          </Field>
          <Button type="submit" disabled={add.isPending}>
            {add.isPending ? 'Adding…' : 'Add'}
          </Button>
          <FormErrors control={form.control} />
        </form>
        {list.isPending ? (
          <ListSkeleton rows={2} />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.length === 0 ? (
          <EmptyState icon={Ban} title="Nobody on the list" />
        ) : (
          <ul className="grid gap-2" aria-label="Do-not-contact entries">
            {list.data.map((entry) => (
              <li key={entry.id} className="flex items-center gap-2 text-sm">
                <Badge>{entry.kind === 'person' ? 'Person' : 'Company'}</Badge>
                <span className="min-w-0 flex-1 truncate">
                  <span className="font-medium">{entry.name}</span>
                  {entry.note && <span className="text-muted-foreground"> · {entry.note}</span>}
                </span>
                <Button
                  variant="ghost"
                  size="icon-sm"
                  aria-label={`Remove ${entry.name}`}
                  disabled={remove.isPending}
                  onClick={() => remove.mutate({ id: entry.id })}
                >
                  <Trash2 />
                </Button>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
