import { useFormContext } from 'react-hook-form';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { IndustryFields, ProjectField } from '../campaign/campaign-fields';
import type { WizardValues } from './wizard-form';

export function StepBasics() {
  const { register, formState } = useFormContext<WizardValues>();
  return (
    <div className="mt-4 grid gap-5 sm:grid-cols-2">
      <Field
        label="Campaign name"
        error={formState.errors.campaignName?.message}
        className="sm:col-span-2"
      >
        <Input
          autoFocus
          placeholder="Cold-chain logistics in Europe"
          {...register('campaignName')}
        />
      </Field>
      <ProjectField />
      <IndustryFields customClassName="sm:col-span-2" />
    </div>
  );
}
