import { useFormContext } from 'react-hook-form';
import { Field } from '../../components/ui/field';
import { Checkbox, Input, Textarea } from '../../components/ui/input';
import { optionalDate, optionalNumber, REGIONS, type WizardValues } from './wizard-form';

export function StepScope() {
  const { register, formState } = useFormContext<WizardValues>();
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
      <fieldset className="grid gap-2 sm:col-span-3">
        <legend className="mb-2 text-sm font-medium">Target regions</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {REGIONS.map((r) => (
            <label key={r} className="flex items-center gap-2 text-sm">
              <Checkbox value={r} {...register('targetRegions')} /> {r}
            </label>
          ))}
        </div>
        <Field
          label="Other regions"
          hint="Comma-separated, e.g. Nordics, DACH"
          error={errors.customRegions?.message}
          className="mt-2 max-w-md"
        >
          <Input
            {...register('customRegions', {
              setValueAs: (v: string | string[]) =>
                Array.isArray(v)
                  ? v
                  : v
                      .split(',')
                      .map((s) => s.trim())
                      .filter(Boolean),
            })}
          />
        </Field>
      </fieldset>
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
    </div>
  );
}
