import { useFormContext } from 'react-hook-form';
import { Field } from '../../components/ui/field';
import { Input, NativeSelect } from '../../components/ui/input';
import { useProjects } from '../projects/use-projects';
import { INDUSTRIES, OTHER, type WizardValues } from './wizard-form';

export function StepBasics() {
  const { register, watch, formState } = useFormContext<WizardValues>();
  const projects = useProjects();
  const errors = formState.errors;
  const industry = watch('industryVertical');
  return (
    <div className="mt-4 grid gap-5 sm:grid-cols-2">
      <Field label="Campaign name" error={errors.campaignName?.message} className="sm:col-span-2">
        <Input
          autoFocus
          placeholder="Cold-chain logistics in Europe"
          {...register('campaignName')}
        />
      </Field>
      <Field label="Project" error={errors.projectId?.message}>
        <NativeSelect
          {...register('projectId', { setValueAs: (v) => v || null })}
          disabled={projects.isPending}
        >
          <option value="">No project (other campaigns)</option>
          {projects.data?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.projectName} · {p.projectCode}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field label="Industry" error={errors.industryVertical?.message}>
        <NativeSelect {...register('industryVertical')}>
          <option value="">Choose an industry</option>
          {INDUSTRIES.map((i) => (
            <option key={i}>{i}</option>
          ))}
          <option value={OTHER}>Other…</option>
        </NativeSelect>
      </Field>
      {industry === OTHER && (
        <Field
          label="Custom industry"
          error={errors.customIndustry?.message}
          className="sm:col-span-2"
        >
          <Input
            placeholder="Specialty chemicals"
            {...register('customIndustry', { setValueAs: (v) => v || null })}
          />
        </Field>
      )}
    </div>
  );
}
