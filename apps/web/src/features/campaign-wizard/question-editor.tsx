import { ArrowDown, ArrowUp, CornerDownRight, Plus, Trash2 } from 'lucide-react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { Button } from '../../components/ui/button';
import { QuestionFields } from '../screening/question-fields';
import { blankQuestion, renamedChoices, triggerChoices } from '../screening/question-form';
import type { WizardValues } from './wizard-form';

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
  const { control, watch, getValues, setValue } = useFormContext<WizardValues>();
  const path = `screeningQuestions.${index}` as const;
  const followUps = useFieldArray({ control, name: `${path}.followUps` });
  const parent = watch(path);
  const triggers = parent ? triggerChoices(parent) : null;
  // A renamed choice keeps asking the follow-ups it asked.
  const followRenames = (before: string[] | undefined, after: string[] | undefined) => {
    const renamed = renamedChoices(before, after);
    if (renamed.size === 0) return;
    getValues(`${path}.followUps`)?.forEach((f, i) => {
      const next = f.followUpTrigger && renamed.get(f.followUpTrigger.toLowerCase());
      if (next) setValue(`${path}.followUps.${i}.followUpTrigger`, next, { shouldDirty: true });
    });
  };
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
      <QuestionFields prefix={`${path}.`} onChoicesChange={followRenames} />
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
          <QuestionFields prefix={`${path}.followUps.${i}.`} triggers={triggers} />
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
