import { useFormContext } from 'react-hook-form';
import { Field } from '../../components/ui/field';
import { Input, Textarea } from '../../components/ui/input';
import { optionalDate, optionalNumber } from '../../lib/form-values';
import { BudgetField } from '../campaign/budget-field';
import { RegionFields } from '../campaign/campaign-fields';
import type { WizardValues } from './wizard-form';

export function StepScope() {
  const { register, formState, control } = useFormContext<WizardValues>();
  const errors = formState.errors;
  return (
    <div className="mt-4 grid gap-5 sm:grid-cols-3">
      <Field
        label="Brief"
        hint="What you want to learn, in a few sentences. Vendors see this."
        error={errors.briefDescription?.message}
        className="sm:col-span-3"
      >
        <Textarea rows={3} {...register('briefDescription')} />
      </Field>
      <Field
        label="Expanded description"
        hint="Optional: context, hypotheses, companies to avoid."
        error={errors.expandedDescription?.message}
        className="sm:col-span-3"
      >
        <Textarea rows={4} {...register('expandedDescription')} />
      </Field>
      <RegionFields className="grid gap-2 sm:col-span-3" />
      <Field label="Start date" error={errors.startDate?.message}>
        <Input type="date" {...register('startDate', { setValueAs: optionalDate })} />
      </Field>
      <Field label="Target completion" error={errors.targetCompletionDate?.message}>
        <Input type="date" {...register('targetCompletionDate', { setValueAs: optionalDate })} />
      </Field>
      <div />
      <Field label="Minimum calls" error={errors.minCalls?.message}>
        <Input type="number" min={0} {...register('minCalls', { setValueAs: optionalNumber })} />
      </Field>
      <Field label="Maximum calls" error={errors.maxCalls?.message}>
        <Input type="number" min={0} {...register('maxCalls', { setValueAs: optionalNumber })} />
      </Field>
      <Field
        label="Estimated calls"
        hint="The target progress is measured against."
        error={errors.estimatedCalls?.message}
      >
        <Input
          type="number"
          min={0}
          {...register('estimatedCalls', { setValueAs: optionalNumber })}
        />
      </Field>
      <BudgetField
        control={control}
        name="budgetCents"
        hint="Optional: booking past it asks first; you are alerted at 80% and 100%."
      />
    </div>
  );
}
