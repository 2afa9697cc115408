import { createQuestionInput } from '@expert-network/contract';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { FormProvider, type Resolver, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '../../components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from '../../components/ui/dialog';
import { FormErrors } from '../../components/ui/form-errors';
import { applyServerErrors } from '../../lib/form-errors';
import { notify } from '../../lib/notify';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { FRIENDLY } from '../../lib/zod-messages';
import { QuestionFields } from '../screening/question-fields';
import {
  questionPayload,
  renamedChoices,
  triggerChoices,
  triggerFits,
  triggerMismatch,
} from '../screening/question-form';

export type Question = RouterOutputs['screening']['list'][number];
type Values = z.input<typeof createQuestionInput>;
type Output = z.output<typeof createQuestionInput>;

const validate = zodResolver(createQuestionInput, FRIENDLY);
const resolver: Resolver<Values, unknown, Output> = (values, context, options) =>
  validate(
    {
      campaignId: values.campaignId,
      parentQuestionId: values.parentQuestionId,
      ...questionPayload(values),
    },
    context,
    options,
  );

/**
 * Adds a question (or a follow-up of `parent`), or edits `question` (a
 * follow-up's `parent` offers the parent's answers as triggers). Editing a
 * parent renames the trigger of each follow-up whose choice was renamed.
 */
export function QuestionDialog({
  campaignId,
  question,
  parent,
  followUps = [],
  trigger,
}: {
  campaignId: string;
  question?: Question;
  parent?: Question | undefined;
  followUps?: Question[];
  trigger: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<Values, unknown, Output>({
    resolver,
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
  const close = async (verb: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.screening.list.queryKey({ campaignId }) });
    notify.success(`Question ${verb}`);
    setOpen(false);
    if (!question) form.reset();
  };
  const onError = (error: unknown) => applyServerErrors(error, form.setError);
  const create = useMutation(
    trpc.screening.create.mutationOptions({ onSuccess: () => close('added'), onError }),
  );
  const update = useMutation(trpc.screening.update.mutationOptions({ onError }));

  const save = async (values: Output) => {
    if (parent && !triggerFits(parent, values.followUpTrigger)) {
      form.setError('followUpTrigger', { message: triggerMismatch(parent) });
      return;
    }
    if (!question) {
      create.mutate(values);
      return;
    }
    // Follow-ups asked by a renamed choice follow it; one asked by a choice that is gone would be stranded.
    const renamed = renamedChoices(question.options.choices, values.options.choices);
    const moved = followUps.flatMap((f) => {
      const next = f.followUpTrigger && renamed.get(f.followUpTrigger.toLowerCase());
      return next ? [{ id: f.id, followUpTrigger: next }] : [];
    });
    const stranded = followUps.filter(
      (f) => !moved.some((m) => m.id === f.id) && !triggerFits(values, f.followUpTrigger),
    );
    if (stranded.length) {
      const answers = triggerChoices(values) ?? [];
      form.setError(answers.length ? 'options.choices' : 'questionType', {
        message: `A follow-up is asked when the answer is “${stranded[0]?.followUpTrigger}”: change or delete “${stranded[0]?.questionText}” first, or keep that answer`,
      });
      return;
    }
    const { campaignId: _c, parentQuestionId: _p, ...changes } = values;
    await update.mutateAsync({ id: question.id, ...changes });
    for (const change of moved) await update.mutateAsync(change);
    await close('saved');
  };

  const isFollowUp = Boolean(parent ?? question?.parentQuestionId);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) form.reset();
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent
        title={question ? 'Edit question' : isFollowUp ? 'Add a follow-up' : 'Add a question'}
        description={parent ? `Asked after: ${parent.questionText}` : undefined}
        className="max-w-2xl"
      >
        <FormProvider {...form}>
          <form
            className="grid gap-4"
            noValidate
            onSubmit={form.handleSubmit((values) => save(values).catch(() => undefined))}
          >
            <QuestionFields
              prefix=""
              autoFocus
              triggers={isFollowUp ? (parent ? triggerChoices(parent) : null) : undefined}
            />
            <FormErrors />
            <DialogFooter>
              <Button type="submit" disabled={create.isPending || update.isPending}>
                {question ? 'Save' : 'Add'}
              </Button>
            </DialogFooter>
          </form>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}
