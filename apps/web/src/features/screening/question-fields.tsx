import { QUESTION_TYPES } from '@expert-network/contract/values';
import { Controller, type FieldError, get, useFormContext } from 'react-hook-form';
import { Field } from '../../components/ui/field';
import { Checkbox, Input, NativeSelect } from '../../components/ui/input';
import { optionalNumber } from '../../lib/form-values';
import { QUESTION_TYPE_LABEL } from '../../lib/statuses';
import { ChoicesInput } from './choices-input';

const orUndefined = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
const orNull = (v: unknown) => (typeof v === 'string' && v ? v : null);
const wide = 'max-w-xs sm:col-span-2';

/**
 * The fields of one screening question, wherever a form keeps it: the wizard
 * (`prefix` "screeningQuestions.0." or "screeningQuestions.0.followUps.1.") and
 * the Screening tab's dialog (prefix ""). Text, answer type, the type's options,
 * required, and for a follow-up the parent's answer that asks it.
 */
export function QuestionFields({
  prefix,
  triggers,
  onChoicesChange,
  autoFocus,
}: {
  prefix: string;
  /** A follow-up's possible triggers: the parent's answers, or null for any text. */
  triggers?: string[] | null | undefined;
  /** Called before the choices change, so follow-ups can follow a renamed choice. */
  onChoicesChange?: (before: string[] | undefined, after: string[] | undefined) => void;
  autoFocus?: boolean;
}) {
  const { register, watch, control, formState, getValues, setValue } = useFormContext();
  const name = (field: string) => `${prefix}${field}`;
  const error = (field: string): string | undefined =>
    (get(formState.errors, name(field)) as FieldError | undefined)?.message;
  const type = watch(name('questionType'));
  const trigger = watch(name('followUpTrigger')) as string | null | undefined;
  const stale = Boolean(triggers && trigger && !triggers.includes(trigger));
  return (
    <div className="grid gap-3 sm:grid-cols-[1fr_11rem]">
      {triggers === null && (
        <Field label="Ask when the answer is" error={error('followUpTrigger')} className={wide}>
          <Input
            placeholder="Any answer"
            {...register(name('followUpTrigger'), { setValueAs: orNull })}
          />
        </Field>
      )}
      {triggers && (
        // Controlled: a renamed choice moves the trigger with it in the same render.
        <Controller
          control={control}
          name={name('followUpTrigger')}
          render={({ field, fieldState }) => (
            <Field
              label="Ask when the answer is"
              error={fieldState.error?.message}
              className={wide}
            >
              <NativeSelect
                name={field.name}
                ref={field.ref}
                onBlur={field.onBlur}
                value={field.value ?? ''}
                onChange={(e) => field.onChange(e.target.value || null)}
              >
                <option value="">Any answer</option>
                {triggers.map((t) => (
                  <option key={t}>{t}</option>
                ))}
                {stale && trigger && (
                  <option value={trigger}>{trigger} (no longer an answer)</option>
                )}
              </NativeSelect>
            </Field>
          )}
        />
      )}
      <Field label="Question" error={error('questionText')}>
        <Input
          autoFocus={autoFocus}
          placeholder="How many years have you worked in…?"
          {...register(name('questionText'))}
        />
      </Field>
      <Field label="Answer type" error={error('questionType')}>
        <NativeSelect
          {...register(name('questionType'), {
            // A new scale starts as 1 to 5 rather than two empty boxes.
            onChange: (e: { target: { value: string } }) => {
              if (e.target.value === 'scale' && !getValues(name('options.scale'))) {
                setValue(name('options.scale'), { min: 1, max: 5 });
              }
            },
          })}
        >
          {QUESTION_TYPES.map((t) => (
            <option key={t} value={t}>
              {QUESTION_TYPE_LABEL[t]}
            </option>
          ))}
        </NativeSelect>
      </Field>
      {(type === 'single_choice' || type === 'multi_choice') && (
        <Controller
          control={control}
          name={name('options.choices')}
          render={({ field, fieldState }) => (
            <Field
              label="Choices"
              hint="One per line."
              error={fieldState.error?.message}
              className="sm:col-span-2"
            >
              <ChoicesInput
                name={field.name}
                ref={field.ref}
                value={field.value}
                onBlur={field.onBlur}
                onChange={(next) => {
                  onChoicesChange?.(field.value, next);
                  field.onChange(next);
                }}
              />
            </Field>
          )}
        />
      )}
      {type === 'scale' && (
        <fieldset
          className="grid grid-cols-2 gap-3 sm:col-span-2 sm:grid-cols-4"
          data-field={name('options.scale')}
        >
          <legend className="sr-only">Scale</legend>
          <Field label="From" error={error('options.scale.min')}>
            <Input
              type="number"
              {...register(name('options.scale.min'), { setValueAs: optionalNumber })}
            />
          </Field>
          <Field label="To" error={error('options.scale.max')}>
            <Input
              type="number"
              {...register(name('options.scale.max'), { setValueAs: optionalNumber })}
            />
          </Field>
          <Field label="Low label" error={error('options.scale.minLabel')}>
            <Input
              placeholder="Not at all"
              {...register(name('options.scale.minLabel'), { setValueAs: orUndefined })}
            />
          </Field>
          <Field label="High label" error={error('options.scale.maxLabel')}>
            <Input
              placeholder="Very"
              {...register(name('options.scale.maxLabel'), { setValueAs: orUndefined })}
            />
          </Field>
          {error('options.scale') && (
            <p role="alert" className="text-xs text-destructive sm:col-span-4">
              {error('options.scale')}
            </p>
          )}
        </fieldset>
      )}
      <label className="flex items-center gap-2 text-sm text-muted-foreground">
        <Checkbox {...register(name('isRequired'))} /> Required
      </label>
    </div>
  );
}
