import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../components/ui/card';
import { Field } from '../../components/ui/field';
import { FormErrors } from '../../components/ui/form-errors';
import { Checkbox, Input, Textarea } from '../../components/ui/input';
import { Skeleton } from '../../components/ui/skeleton';
import { ErrorState } from '../../components/ui/states';
import { applyServerErrors } from '../../lib/form-errors';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { useAfterRulesChange } from './use-compliance';

type Rules = RouterOutputs['compliance']['rules'];
type Values = {
  targetCompany: string;
  competitors: string;
  sensitiveCompanies: string;
  coolingOffMonths: number;
  blockCurrentTargetEmployees: boolean;
  flagCurrentCompetitorEmployees: boolean;
  blockGovernmentOfficials: boolean;
  flagMissingAttestation: boolean;
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

const valuesOf = (r: Rules): Values => ({
  ...r,
  targetCompany: r.targetCompany ?? '',
  competitors: r.competitors.join('\n'),
  sensitiveCompanies: r.sensitiveCompanies.join('\n'),
});

const SWITCHES = [
  ['blockCurrentTargetEmployees', 'Block current employees of the target'],
  ['flagCurrentCompetitorEmployees', 'Flag current employees of competitors'],
  ['blockGovernmentOfficials', 'Block government officials (former ones are flagged)'],
  ['flagMissingAttestation', 'Flag experts without a compliance attestation'],
] as const;

/** The project's conflict rules; saving re-checks every expert of its campaigns. */
export function ProjectRulesCard({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const rules = useQuery(trpc.compliance.rules.queryOptions({ projectId }));
  return (
    <Card aria-label="Compliance rules">
      <CardHeader
        title="Compliance rules"
        description="Who may be called for this project's campaigns. Saving re-checks every expert."
      />
      <CardBody>
        {rules.isPending ? (
          <Skeleton className="h-48" />
        ) : rules.isError ? (
          <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
        ) : (
          <RulesForm rules={rules.data} />
        )}
      </CardBody>
    </Card>
  );
}

function RulesForm({ rules }: { rules: Rules }) {
  const trpc = useTRPC();
  const afterChange = useAfterRulesChange();
  const form = useForm<Values>({ defaultValues: valuesOf(rules) });
  // biome-ignore lint/correctness/useExhaustiveDependencies: when the saved rules change
  useEffect(() => form.reset(valuesOf(rules)), [rules]);
  const save = useMutation(
    trpc.compliance.updateRules.mutationOptions({
      onSuccess: ({ rechecked }) => afterChange('Compliance rules saved', rechecked),
      onError: (error) => applyServerErrors(error, form.setError),
    }),
  );
  const errors = form.formState.errors;
  return (
    <form
      className="grid gap-4"
      noValidate
      onSubmit={form.handleSubmit((v) =>
        save.mutate({
          ...v,
          projectId: rules.projectId,
          targetCompany: v.targetCompany.trim() || null,
          competitors: lines(v.competitors),
          sensitiveCompanies: lines(v.sensitiveCompanies),
        }),
      )}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Target company"
          hint="Spelling and suffixes do not matter (Acme Corp. = Acme Corporation)."
          error={errors.targetCompany?.message}
        >
          <Input placeholder="Acme Corporation" {...form.register('targetCompany')} />
        </Field>
        <Field
          label="Cooling-off period (months)"
          hint="Former employees of the target are blocked until it has passed."
          error={errors.coolingOffMonths?.message}
        >
          <Input
            type="number"
            min={0}
            max={120}
            {...form.register('coolingOffMonths', { valueAsNumber: true })}
          />
        </Field>
        <Field label="Competitors" hint="One per line." error={errors.competitors?.message}>
          <Textarea rows={3} {...form.register('competitors')} />
        </Field>
        <Field
          label="Other sensitive companies"
          hint="One per line; current employees are flagged."
          error={errors.sensitiveCompanies?.message}
        >
          <Textarea rows={3} {...form.register('sensitiveCompanies')} />
        </Field>
      </div>
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">Rules</legend>
        {SWITCHES.map(([name, label]) => (
          <label key={name} className="flex items-center gap-2 text-sm">
            <Checkbox {...form.register(name)} />
            {label}
          </label>
        ))}
      </fieldset>
      <FormErrors control={form.control} />
      <Button type="submit" className="justify-self-start" disabled={save.isPending}>
        {save.isPending ? 'Saving and re-checking…' : 'Save rules'}
      </Button>
    </form>
  );
}
