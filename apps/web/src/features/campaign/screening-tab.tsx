import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CornerDownRight, ListChecks, Pencil, Plus, Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { ListSection } from '../../components/ui/list-section';
import { ListSkeleton } from '../../components/ui/skeleton';
import { SortableList } from '../../components/ui/sortable-list';
import { ErrorState } from '../../components/ui/states';
import { scaleRange } from '../../lib/format';
import { notify } from '../../lib/notify';
import { QUESTION_TYPE_LABEL } from '../../lib/statuses';
import { useTRPC } from '../../lib/trpc';
import { type Question, QuestionDialog } from './question-dialog';
import type { Campaign } from './use-campaign';

export function ScreeningTab({ campaign }: { campaign: Campaign }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = trpc.screening.list.queryKey({ campaignId: campaign.id });
  const questions = useQuery(trpc.screening.list.queryOptions({ campaignId: campaign.id }));
  const reorder = useMutation(
    trpc.screening.reorder.mutationOptions({
      onMutate: async ({ ids }) => {
        await queryClient.cancelQueries({ queryKey: key });
        const previous = queryClient.getQueryData(key);
        queryClient.setQueryData(key, (list) =>
          list
            ?.map((q) => (ids.includes(q.id) ? { ...q, displayOrder: ids.indexOf(q.id) } : q))
            .sort((a, b) => a.displayOrder - b.displayOrder),
        );
        return { previous };
      },
      onError: (error, _v, context) => {
        queryClient.setQueryData(key, context?.previous);
        notify.failure('Could not reorder', error);
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
    }),
  );
  const remove = useMutation(
    trpc.screening.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: key });
        notify.success('Question deleted');
      },
      onError: (error) => notify.failure('Could not delete', error),
    }),
  );
  if (questions.isPending) return <ListSkeleton rows={4} />;
  if (questions.isError)
    return <ErrorState error={questions.error} onRetry={() => void questions.refetch()} />;

  const top = questions.data.filter((q) => !q.parentQuestionId);
  const followUpsOf = (id: string) => questions.data.filter((q) => q.parentQuestionId === id);
  const addButton = (
    <QuestionDialog
      campaignId={campaign.id}
      trigger={
        <Button>
          <Plus /> Add a question
        </Button>
      }
    />
  );
  const actions = (q: Question, parent?: Question) => (
    <div className="flex gap-1">
      <QuestionDialog
        campaignId={campaign.id}
        question={q}
        parent={parent}
        followUps={parent ? [] : followUpsOf(q.id)}
        trigger={
          <Button variant="ghost" size="icon-sm" aria-label={`Edit: ${q.questionText}`}>
            <Pencil />
          </Button>
        }
      />
      <ConfirmDialog
        title="Delete this question?"
        description="Its follow-ups and every expert's answers to it are deleted too."
        confirmLabel="Delete question"
        onConfirm={() => remove.mutate({ id: q.id })}
        trigger={
          <Button variant="ghost" size="icon-sm" aria-label={`Delete: ${q.questionText}`}>
            <Trash2 />
          </Button>
        }
      />
    </div>
  );
  return (
    <ListSection
      isEmpty={top.length === 0}
      empty={{
        icon: ListChecks,
        title: 'No screening questions',
        description:
          'Add questions vendors ask every expert; the answers come back with each profile.',
      }}
      hint="Drag the handle to change the order vendors ask them in."
      action={addButton}
    >
      <Card className="p-2">
        <SortableList
          items={top}
          label={(q) => q.questionText}
          onReorder={(ids) => reorder.mutate({ campaignId: campaign.id, ids })}
          renderItem={(q, handle) => (
            <div className="group rounded-md p-3 hover:bg-muted/40">
              <QuestionRow question={q} handle={handle} actions={actions(q)} />
              <div className="mt-2 ml-6 grid gap-2">
                {followUpsOf(q.id).map((f) => (
                  <div key={f.id} className="flex items-start gap-2 text-sm">
                    <CornerDownRight className="mt-0.5 size-4 text-muted-foreground" aria-hidden />
                    <div className="min-w-0 flex-1">
                      <QuestionRow question={f} actions={actions(f, q)} />
                    </div>
                  </div>
                ))}
                <div>
                  <QuestionDialog
                    campaignId={campaign.id}
                    parent={q}
                    trigger={
                      <Button variant="ghost" size="sm" className="text-muted-foreground">
                        <Plus /> Follow-up
                      </Button>
                    }
                  />
                </div>
              </div>
            </div>
          )}
        />
      </Card>
    </ListSection>
  );
}

function QuestionRow({
  question: q,
  handle,
  actions,
}: {
  question: Question;
  handle?: ReactNode;
  actions: ReactNode;
}) {
  const detail = q.options.choices?.join(' · ') ?? (q.options.scale && scaleRange(q.options.scale));
  return (
    <div className="flex items-start gap-2">
      {handle}
      <div className="min-w-0 flex-1">
        <p className="font-medium">{q.questionText}</p>
        <p className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
          <Badge>{QUESTION_TYPE_LABEL[q.questionType]}</Badge>
          {q.isRequired && <span>Required</span>}
          {q.followUpTrigger && <span>When “{q.followUpTrigger}”</span>}
          {detail && <span className="truncate">{detail}</span>}
        </p>
      </div>
      {actions}
    </div>
  );
}
