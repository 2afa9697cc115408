import { decodeMultiChoice, type QuestionType } from '@expert-network/contract/values';
import type { RouterOutputs } from '../../lib/trpc';

type Answer = Pick<
  RouterOutputs['screening']['responses'][number],
  'responseText' | 'questionType' | 'options'
>;

/**
 * An expert's answer as its question asks for it: the options picked of a
 * multiple choice (stored as a JSON list), a scale value with its range and
 * labels ("4 of 1–5"), anything else as written.
 */
export function ScreeningAnswer({ answer }: { answer: Answer }) {
  const type: QuestionType = answer.questionType;
  if (type === 'multi_choice') {
    return (
      <ul className="flex flex-wrap gap-1" aria-label="Options picked">
        {decodeMultiChoice(answer.responseText).map((choice) => (
          <li key={choice} className="rounded-full border bg-muted px-2 py-0.5 text-xs font-medium">
            {choice}
          </li>
        ))}
      </ul>
    );
  }
  const scale = answer.options.scale;
  if (type === 'scale' && scale) {
    const labels = [
      scale.minLabel && `${scale.min} = ${scale.minLabel}`,
      scale.maxLabel && `${scale.max} = ${scale.maxLabel}`,
    ].filter(Boolean);
    return (
      <span>
        <span className="font-medium">{answer.responseText}</span> of {scale.min}–{scale.max}
        {labels.length > 0 && <span className="text-muted-foreground"> ({labels.join(', ')})</span>}
      </span>
    );
  }
  return <span className="whitespace-pre-line">{answer.responseText}</span>;
}
