import { useQuery } from '@tanstack/react-query';
import { Checkbox, Input, NativeSelect } from '../../components/ui/input';
import { useTRPC } from '../../lib/trpc';

export type FilterValues = {
  minFit?: number | undefined;
  minRating?: number | undefined;
  maxRate?: number | undefined;
  fresh?: boolean | undefined;
  answerTo?: string | undefined;
  answer?: string | undefined;
};

/** Fit, rating, rate, new and a screening answer: each a URL parameter, applied on the server. */
export function ExpertFilters({
  campaignId,
  values,
  onChange,
}: {
  campaignId: string;
  values: FilterValues;
  onChange: (changes: FilterValues) => void;
}) {
  const trpc = useTRPC();
  const questions = useQuery(trpc.screening.list.queryOptions({ campaignId }));
  const numberOrNone = (v: string) => (v === '' ? undefined : Number(v));
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <NativeSelect
        aria-label="Fit at least"
        className="w-32"
        value={values.minFit ?? ''}
        onChange={(e) => onChange({ minFit: numberOrNone(e.target.value) })}
      >
        <option value="">Any fit</option>
        {[5, 6, 7, 8, 9].map((n) => (
          <option key={n} value={n}>
            Fit {n}+
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        aria-label="Rating at least"
        className="w-36"
        value={values.minRating ?? ''}
        onChange={(e) => onChange({ minRating: numberOrNone(e.target.value) })}
      >
        <option value="">Any rating</option>
        {[4, 4.5, 4.8].map((n) => (
          <option key={n} value={n}>
            ★ {n.toFixed(1)}+
          </option>
        ))}
      </NativeSelect>
      <Input
        aria-label="Rate at most, USD an hour"
        type="number"
        min={0}
        step={50}
        placeholder="Max $/h"
        className="w-28"
        value={values.maxRate ?? ''}
        onChange={(e) => onChange({ maxRate: numberOrNone(e.target.value) })}
      />
      {questions.data && questions.data.length > 0 && (
        <>
          <NativeSelect
            aria-label="Screening question"
            className="w-56"
            value={values.answerTo ?? ''}
            onChange={(e) => onChange({ answerTo: e.target.value || undefined })}
          >
            <option value="">Any answers</option>
            {questions.data.map((q, i) => (
              <option key={q.id} value={q.id}>
                Q{i + 1}: {q.questionText}
              </option>
            ))}
          </NativeSelect>
          {values.answerTo && (
            <Input
              aria-label="Answer contains"
              placeholder="Answer contains…"
              className="w-36"
              value={values.answer ?? ''}
              onChange={(e) => onChange({ answer: e.target.value || undefined })}
            />
          )}
        </>
      )}
      <label className="inline-flex items-center gap-1.5">
        <Checkbox
          checked={values.fresh ?? false}
          onChange={(e) => onChange({ fresh: e.target.checked || undefined })}
        />
        New only
      </label>
    </div>
  );
}
