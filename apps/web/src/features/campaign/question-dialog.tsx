import { createQuestionInput } from '@expert-network/api/schemas';
import { QUESTION_TYPES } from '@expert-network/db/values';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '../../components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from '../../components/ui/dialog';
import { Field } from '../../components/ui/field';
import { Checkbox, Input, NativeSelect } from '../../components/ui/input';
import { applyServerErrors } from '../../lib/form-errors';
import { notify } from '../../lib/notify';
import { QUESTION_TYPE_LABEL } from '../../lib/statuses';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { ChoicesInput } from '../campaign-wizard/choices-input';
import { cleanOptions, optionalNumber, triggerChoices } from '../campaign-wizard/wizard-form';

export type Question = RouterOutputs['screening']['list'][number];
type Values = z.input<typeof createQuestionInput>;

/** Adds a question (or a follow-up of `parent`), or edits `question`. */
export function QuestionDialog({
  campaignId,
  question,
  parent,
  trigger,
}: {
  campaignId: string;
  question?: Question;
  parent?: Question;
  trigger: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<Values, unknown, z.output<typeof createQuestionInput>>({
    resolver: zodResolver(createQuestionInput),
    values: {
      campaignId,
      parentQuestionId: question?.parentQuestionId ?? parent?.id ?? null,
      questionText: question?.questionText ?? '',
      questionType: question?.questionType ?? 'text',
      options: question?.options ?? {},
      isRequired: question?.isRequired ?? true,
      followUpTrigger: question?.followUpTrigger ?? null,
    },
  });
  const done = async (verb: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.screening.list.queryKey({ campaignId }) });
    notify.success(`Question ${verb}`);
    setOpen(false);
    if (!question) form.reset();
  };
  const onError = (error: { message: string }) => applyServerErrors(error, form.setError);
  const create = useMutation(
    trpc.screening.create.mutationOptions({ onSuccess: () => done('added'), onError }),
  );
  const update = useMutation(
    trpc.screening.update.mutationOptions({ onSuccess: () => done('saved'), onError }),
  );
  const type = form.watch('questionType');
  const errors = form.formState.errors;
  const isFollowUp = Boolean(parent ?? question?.parentQuestionId);
  const triggers = parent ? triggerChoices(parent) : null;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent
        title={question ? 'Edit question' : isFollowUp ? 'Add a follow-up' : 'Add a question'}
        description={parent ? `Asked after: ${parent.questionText}` : undefined}
      >
        <form
          className="grid gap-4"
          noValidate
          onSubmit={form.handleSubmit((v) => {
            const fields = { ...v, options: cleanOptions(v) };
            if (question) {
              const { campaignId: _c, parentQuestionId: _p, ...changes } = fields;
              update.mutate({ id: question.id, ...changes });
            } else create.mutate(fields);
          })}
        >
          <Field label="Question" error={errors.questionText?.message}>
            <Input autoFocus {...form.register('questionText')} />
          </Field>
          <Field label="Answer type" error={errors.questionType?.message}>
            <NativeSelect {...form.register('questionType')}>
              {QUESTION_TYPES.map((t) => (
                <option key={t} value={t}>
                  {QUESTION_TYPE_LABEL[t]}
                </option>
              ))}
            </NativeSelect>
          </Field>
          {(type === 'single_choice' || type === 'multi_choice') && (
            <Field label="Choices" error={errors.options?.choices?.message}>
              <Controller
                control={form.control}
                name="options.choices"
                render={({ field }) => (
                  <ChoicesInput value={field.value} onChange={field.onChange} />
                )}
              />
            </Field>
          )}
          {type === 'scale' && (
            <div className="grid grid-cols-2 gap-3">
              <Field label="From" error={errors.options?.scale?.min?.message}>
                <Input
                  type="number"
                  {...form.register('options.scale.min', { setValueAs: optionalNumber })}
                />
              </Field>
              <Field label="To" error={errors.options?.scale?.max?.message}>
                <Input
                  type="number"
                  {...form.register('options.scale.max', { setValueAs: optionalNumber })}
                />
              </Field>
            </div>
          )}
          {isFollowUp && (
            <Field label="Ask when the answer is" error={errors.followUpTrigger?.message}>
              {triggers ? (
                <NativeSelect
                  {...form.register('followUpTrigger', { setValueAs: (v) => v || null })}
                >
                  <option value="">Any answer</option>
                  {triggers.map((t) => (
                    <option key={t}>{t}</option>
                  ))}
                </NativeSelect>
              ) : (
                <Input
                  placeholder="Any answer"
                  {...form.register('followUpTrigger', { setValueAs: (v) => v || null })}
                />
              )}
            </Field>
          )}
          <label className="flex items-center gap-2 text-sm">
            <Checkbox {...form.register('isRequired')} /> Required
          </label>
          <DialogFooter>
            <Button type="submit" disabled={create.isPending || update.isPending}>
              {question ? 'Save' : 'Add'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
