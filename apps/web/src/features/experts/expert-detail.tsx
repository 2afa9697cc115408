import { bookingRefusal, nextExpertStatuses } from '@expert-network/contract/rules';
import type { ManualExpertStatus } from '@expert-network/contract/values';
import { useQuery } from '@tanstack/react-query';
import { CalendarPlus, Check, MapPin, RotateCcw, Star, X } from 'lucide-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { ListSkeleton, Skeleton } from '../../components/ui/skeleton';
import { ErrorState } from '../../components/ui/states';
import { formatMoney } from '../../lib/format';
import { EXPERT_STATUS, INTERVIEW_STATUS } from '../../lib/statuses';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { useNow } from '../../lib/use-now';
import { ExpertCompliance } from '../compliance/expert-compliance';
import { ExpertHistory } from '../compliance/expert-history';
import { CallWhen } from '../interviews/call-when';
import { ScheduleInterviewDialog } from '../interviews/schedule-interview-dialog';
import { PersonOffers } from './person-offers';
import { ScreeningAnswer } from './screening-answer';
import { useExpert, useMarkViewed, useSetExpertStatus } from './use-experts';

type Expert = RouterOutputs['expert']['byId'];

/**
 * One expert: profile, screening answers, interviews, and what to do next.
 * Opened from the table, it takes the focus (`takeFocus`); Escape closes it.
 */
export function ExpertDetail({
  id,
  onClose,
  takeFocus = false,
  onFocusTaken,
}: {
  id: string;
  onClose: () => void;
  takeFocus?: boolean;
  onFocusTaken?: () => void;
}) {
  const expert = useExpert(id);
  const markViewed = useMarkViewed();
  const isNew = expert.data?.isNew;
  const panel = useRef<HTMLElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per opened expert
  useEffect(() => {
    if (isNew) markViewed.mutate({ id });
  }, [id, isNew]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: when another expert is opened
  useEffect(() => {
    if (!takeFocus) return;
    panel.current?.focus({ preventScroll: true });
    onFocusTaken?.();
  }, [id]);

  return (
    <Card
      ref={panel}
      tabIndex={-1}
      data-expert-panel
      className="h-full overflow-y-auto focus-visible:outline-2 focus-visible:outline-ring"
      aria-label="Expert details"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      {expert.isPending ? (
        <div className="grid gap-3 p-5">
          <Skeleton className="h-6 w-48" />
          <Skeleton className="h-4 w-64" />
          <ListSkeleton rows={5} />
        </div>
      ) : expert.isError ? (
        <ErrorState error={expert.error} onRetry={() => void expert.refetch()} className="m-4" />
      ) : (
        <ExpertProfile expert={expert.data} onClose={onClose} />
      )}
    </Card>
  );
}

function ExpertProfile({ expert: e, onClose }: { expert: Expert; onClose: () => void }) {
  const setStatus = useSetExpertStatus();
  const now = useNow();
  const status = EXPERT_STATUS[e.status];
  // What the user may move the expert to now: none while a call decides the stage.
  const next = nextExpertStatuses(e.status);
  const manual = next.length > 0;
  // The API refuses too; the buttons say so before anyone tries.
  const blocked = e.complianceStatus === 'blocked';
  const change = (status: ManualExpertStatus) => setStatus.mutate({ id: e.id, status });

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-5 p-5">
      <header className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <h2 className="text-lg font-semibold">{e.name}</h2>
          <p className="text-sm text-muted-foreground">
            {[e.title, e.company].filter(Boolean).join(' at ')}
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
            <Badge tone={status.tone}>{status.label}</Badge>
            {e.vendorPlatform && <span>via {e.vendorPlatform.name}</span>}
            {e.geography && (
              <span className="inline-flex items-center gap-1">
                <MapPin className="size-3" aria-hidden /> {e.geography}
              </span>
            )}
          </div>
        </div>
        <Button variant="ghost" size="icon-sm" onClick={onClose} aria-label="Close expert">
          <X />
        </Button>
      </header>

      {/* The figures wrap rather than clip in a narrow panel ("$1,250", never "$1,2"). */}
      <dl className="grid grid-cols-[repeat(auto-fit,minmax(6rem,1fr))] gap-3 rounded-lg bg-muted/50 p-3 text-center">
        <Figure label="Fit score">
          {e.aiFitScore == null ? '—' : `${e.aiFitScore.toFixed(1)}/10`}
        </Figure>
        <Figure label="Rating">
          {e.rating == null ? (
            '—'
          ) : (
            <span className="inline-flex items-center gap-1">
              <Star className="size-3.5 fill-warning text-warning" aria-hidden />{' '}
              {e.rating.toFixed(1)}
            </span>
          )}
        </Figure>
        <Figure label="Rate per hour" testId="call-rate">
          {formatMoney(e.callRateCents, e.currency)}
        </Figure>
      </dl>

      {e.status === 'rejected' && e.rejectionReason && (
        <p className="-mt-2 text-sm">
          <span className="text-muted-foreground">Rejected because: </span>
          {e.rejectionReason}
        </p>
      )}
      {/* Buttons wrap onto new lines, and their labels too, so none is ever cut off. */}
      <div className="flex flex-wrap gap-2 [&_button]:h-auto [&_button]:min-h-9 [&_button]:max-w-full [&_button]:py-1.5 [&_button]:text-left [&_button]:whitespace-normal">
        {next.includes('shortlisted') && (
          <Button
            onClick={() => change('shortlisted')}
            aria-keyshortcuts="s"
            disabled={blocked}
            title={blocked ? 'Blocked by compliance' : undefined}
          >
            <Check /> Shortlist
          </Button>
        )}
        {next.includes('rejected') && (
          <Button variant="secondary" onClick={() => change('rejected')} aria-keyshortcuts="r">
            <X /> Reject
          </Button>
        )}
        {next.includes('proposed') && (
          <Button variant="ghost" onClick={() => change('proposed')}>
            <RotateCcw /> Back to proposed
          </Button>
        )}
        {bookingRefusal(e.status) === null && (
          <ScheduleInterviewDialog
            expert={{ id: e.id, name: e.name, campaignId: e.campaignId, geography: e.geography }}
            trigger={
              <Button
                variant={e.status === 'shortlisted' ? 'primary' : 'secondary'}
                disabled={blocked}
                title={blocked ? 'Blocked by compliance' : undefined}
              >
                <CalendarPlus /> Schedule interview
              </Button>
            }
          />
        )}
      </div>
      {manual && (
        <p className="-mt-3 text-xs text-muted-foreground">
          Keys: <kbd className="font-sans font-semibold">S</kbd> shortlist ·{' '}
          <kbd className="font-sans font-semibold">R</kbd> reject · Esc closes
        </p>
      )}

      <Section title="Compliance">
        <ExpertCompliance expert={e} />
      </Section>
      <PersonOffers expertId={e.id} />
      {e.description && (
        <Section title="Profile">
          <p className="text-sm whitespace-pre-line">{e.description}</p>
        </Section>
      )}
      <ScreeningAnswers expertId={e.id} />
      {e.workHistory.length > 0 && (
        <Section title="Work history">
          <ol className="grid gap-2">
            {e.workHistory.map((w) => (
              <li key={`${w.company}-${w.from}`} className="text-sm">
                <span className="font-medium">{w.title}</span>, {w.company}
                <span className="block text-xs text-muted-foreground">
                  {w.from} – {w.to ?? 'present'}
                </span>
              </li>
            ))}
          </ol>
        </Section>
      )}
      {e.skills.length > 0 && (
        <Section title="Skills">
          <div className="flex flex-wrap gap-1">
            {e.skills.map((s) => (
              <Badge key={s}>{s}</Badge>
            ))}
          </div>
        </Section>
      )}
      {e.interviews.length > 0 && (
        <Section title="Interviews">
          <ul className="grid gap-2">
            {e.interviews.map((i) => (
              <li key={i.id} className="flex items-center justify-between gap-2 text-sm">
                <span>
                  <CallWhen call={i} now={now} duration={false} />
                  {i.teamMember && (
                    <span className="block text-xs text-muted-foreground">
                      with {i.teamMember.name}
                    </span>
                  )}
                </span>
                <Badge tone={INTERVIEW_STATUS[i.status].tone}>
                  {INTERVIEW_STATUS[i.status].label}
                </Badge>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="History">
        <ExpertHistory expertId={e.id} />
      </Section>
    </div>
  );
}

function ScreeningAnswers({ expertId }: { expertId: string }) {
  const trpc = useTRPC();
  const answers = useQuery(trpc.screening.responses.queryOptions({ expertId }));
  return (
    <Section title="Screening answers">
      {answers.isPending ? (
        <ListSkeleton rows={2} />
      ) : answers.isError ? (
        <ErrorState error={answers.error} onRetry={() => void answers.refetch()} />
      ) : answers.data.length === 0 ? (
        <p className="text-sm text-muted-foreground">No answers from this expert.</p>
      ) : (
        <dl className="grid gap-3" data-testid="screening-answers">
          {answers.data.map((a) => (
            <div key={a.id} className={a.parentQuestionId ? 'ml-4 border-l-2 pl-3' : undefined}>
              <dt className="text-xs font-medium text-muted-foreground">{a.questionText}</dt>
              <dd className="mt-0.5 text-sm">
                <ScreeningAnswer answer={a} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Section>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="grid gap-2 border-t pt-4">
      <h3 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
        {title}
      </h3>
      {children}
    </section>
  );
}

function Figure({
  label,
  testId,
  children,
}: {
  label: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="mt-0.5 font-semibold tabular-nums" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
