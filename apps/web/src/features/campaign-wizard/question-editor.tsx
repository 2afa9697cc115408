import { QUESTION_TYPES } from '@expert-network/db/values';
import { ArrowDown, ArrowUp, CornerDownRight, Plus, Trash2 } from 'lucide-react';
import { Controller, type FieldError, useFieldArray, useFormContext } from 'react-hook-form';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Checkbox, Input, NativeSelect } from '../../components/ui/input';
import { QUESTION_TYPE_LABEL } from '../../lib/statuses';
import { ChoicesInput } from './choices-input';
import { blankQuestion, optionalNumber, triggerChoices, type WizardValues } from './wizard-form';

type Path = `screeningQuestions.${number}` | `screeningQuestions.${number}.followUps.${number}`;

/** The fields of one question (top-level or follow-up): text, type, its options, required. */
function QuestionFields({ path, error }: { path: Path; error: QuestionError | undefined }) {
  const { register, watch, control } = useFormContext<WizardValues>();
  const type = watch(`${path}.questionType`);
  return (
    <div className="grid gap-3 sm:grid-cols-[1fr_11rem]">
      <Field label="Question" error={error?.questionText?.message}>
        <Input
          placeholder="How many years have you worked in…?"
          {...register(`${path}.questionText`)}
        />
      </Field>
      <Field label="Answer type" error={error?.questionType?.message}>
        <NativeSelect {...register(`${path}.questionType`)}>
          {QUESTION_TYPES.map((t) => (
            <option key={t} value={t}>
              {QUESTION_TYPE_LABEL[t]}
            </option>
          ))}
        </NativeSelect>
      </Field>
      {(type === 'single_choice' || type === 'multi_choice') && (
        <Field label="Choices" error={error?.options?.choices?.message} className="sm:col-span-2">
          <Controller
            control={control}
            name={`${path}.options.choices`}
            render={({ field }) => <ChoicesInput value={field.value} onChange={field.onChange} />}
          />
        </Field>
      )}
      {type === 'scale' && (
        <div className="grid grid-cols-4 gap-3 sm:col-span-2">
          <Field label="From" error={error?.options?.scale?.min?.message}>
            <Input
              type="number"
              {...register(`${path}.options.scale.min`, { setValueAs: optionalNumber })}
            />
          </Field>
          <Field label="To" error={error?.options?.scale?.max?.message}>
            <Input
              type="number"
              {...register(`${path}.options.scale.max`, { setValueAs: optionalNumber })}
            />
          </Field>
          <Field label="Low label">
            <Input
              placeholder="Not at all"
              {...register(`${path}.options.scale.minLabel`, { setValueAs: (v) => v || undefined })}
            />
          </Field>
          <Field label="High label">
            <Input
              placeholder="Very"
              {...register(`${path}.options.scale.maxLabel`, { setValueAs: (v) => v || undefined })}
            />
          </Field>
        </div>
      )}
      <label className="flex items-center gap-2 text-sm text-muted-foreground">
        <Checkbox {...register(`${path}.isRequired`)} /> Required
      </label>
    </div>
  );
}

type QuestionError = {
  questionText?: FieldError;
  questionType?: FieldError;
  followUpTrigger?: FieldError;
  options?: {
    choices?: FieldError;
    scale?: { min?: FieldError; max?: FieldError };
  };
  followUps?: QuestionError[];
};

/** One screening question with its follow-ups, movable up and down. */
export function QuestionEditor({
  index,
  count,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { control, register, watch, formState } = useFormContext<WizardValues>();
  const followUps = useFieldArray({ control, name: `screeningQuestions.${index}.followUps` });
  const error = (formState.errors.screeningQuestions as QuestionError[] | undefined)?.[index];
  const parent = watch(`screeningQuestions.${index}`);
  const triggers = parent ? triggerChoices(parent) : null;
  return (
    <div className="grid gap-4 rounded-lg border bg-background/50 p-4">
      <div className="flex items-center justify-between">
        <span className="text-xs font-semibold text-muted-foreground">Question {index + 1}</span>
        <div className="flex gap-1">
          <Button
            variant="ghost"
            size="icon-sm"
            onClick={() => onMove(index - 1)}
            disabled={index === 0}
            aria-label={`Move question ${index + 1} up`}
          >
            <ArrowUp />
          </Button>
          <Button
            variant="ghost"
            size="icon-sm"
            onClick={() => onMove(index + 1)}
            disabled={index === count - 1}
            aria-label={`Move question ${index + 1} down`}
          >
            <ArrowDown />
          </Button>
          <Button
            variant="ghost"
            size="icon-sm"
            onClick={onRemove}
            aria-label={`Remove question ${index + 1}`}
          >
            <Trash2 />
          </Button>
        </div>
      </div>
      <QuestionFields path={`screeningQuestions.${index}`} error={error} />
      {followUps.fields.map((f, i) => (
        <div key={f.id} className="ml-4 grid gap-3 border-l-2 pl-4">
          <div className="flex items-center justify-between">
            <span className="flex items-center gap-1 text-xs font-semibold text-muted-foreground">
              <CornerDownRight className="size-3.5" /> Follow-up {i + 1}
            </span>
            <Button
              variant="ghost"
              size="icon-sm"
              onClick={() => followUps.remove(i)}
              aria-label={`Remove follow-up ${i + 1} of question ${index + 1}`}
            >
              <Trash2 />
            </Button>
          </div>
          <Field
            label="Ask when the answer is"
            error={error?.followUps?.[i]?.followUpTrigger?.message}
            className="max-w-xs"
          >
            {triggers ? (
              <NativeSelect
                {...register(`screeningQuestions.${index}.followUps.${i}.followUpTrigger`, {
                  setValueAs: (v) => v || null,
                })}
              >
                <option value="">Any answer</option>
                {triggers.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </NativeSelect>
            ) : (
              <Input
                placeholder="Any answer"
                {...register(`screeningQuestions.${index}.followUps.${i}.followUpTrigger`, {
                  setValueAs: (v) => v || null,
                })}
              />
            )}
          </Field>
          <QuestionFields
            path={`screeningQuestions.${index}.followUps.${i}`}
            error={error?.followUps?.[i]}
          />
        </div>
      ))}
      <div>
        <Button
          variant="ghost"
          size="sm"
          onClick={() => followUps.append({ ...blankQuestion(), followUpTrigger: null })}
        >
          <Plus /> Add a follow-up
        </Button>
      </div>
    </div>
  );
}
