import { ListChecks, Plus } from 'lucide-react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/states';
import { blankQuestion } from '../screening/question-form';
import { QuestionEditor } from './question-editor';
import type { WizardValues } from './wizard-form';

export function StepScreening() {
  const { control, formState } = useFormContext<WizardValues>();
  const questions = useFieldArray({ control, name: 'screeningQuestions' });
  const listError = formState.errors.screeningQuestions?.root?.message;
  return (
    <div className="mt-1 grid gap-4">
      <p className="text-sm text-muted-foreground">
        Vendors ask every expert these questions; the answers come back with each profile.
      </p>
      {questions.fields.length === 0 ? (
        <EmptyState
          icon={ListChecks}
          title="No screening questions"
          description="Questions are optional, but they save calls with experts who are not a fit."
        />
      ) : (
        questions.fields.map((q, i) => (
          <QuestionEditor
            key={q.id}
            index={i}
            count={questions.fields.length}
            onMove={(to) => questions.move(i, to)}
            onRemove={() => questions.remove(i)}
          />
        ))
      )}
      {listError && (
        <p role="alert" className="text-sm text-destructive" data-field="screeningQuestions">
          {listError}
        </p>
      )}
      <div>
        <Button
          variant="secondary"
          onClick={() => questions.append({ ...blankQuestion(), followUps: [] })}
        >
          <Plus /> Add a question
        </Button>
      </div>
    </div>
  );
}
