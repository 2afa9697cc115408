import { completeInterviewInput } from '@expert-network/contract';
import { allowedInterviewActions } from '@expert-network/contract/rules';
import { CalendarClock, CheckCircle2, UserX, XCircle } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from '../../components/ui/dialog';
import { Field } from '../../components/ui/field';
import { Input, NativeSelect, Textarea } from '../../components/ui/input';
import { formatMoney } from '../../lib/format';
import { INTERVIEW_STATUS } from '../../lib/statuses';
import { useNow } from '../../lib/use-now';
import { FRIENDLY } from '../../lib/zod-messages';
import { CallWhen } from './call-when';
import { InviteDownload } from './invite-download';
import { ScheduleInterviewDialog } from './schedule-interview-dialog';
import {
  type Interview,
  useCancelInterview,
  useCompleteInterview,
  useNoShowInterview,
} from './use-interviews';

/** What an interview says about itself, and what can be done with it. */
export function InterviewSummary({ interview: i }: { interview: Interview }) {
  const status = INTERVIEW_STATUS[i.status];
  const now = useNow();
  return (
    <div className="grid gap-3 text-sm">
      <div>
        <div className="flex items-center justify-between gap-2">
          <span className="font-semibold">{i.expertName}</span>
          <Badge tone={status.tone}>{status.label}</Badge>
        </div>
        {i.status === 'scheduled' && i.expertComplianceStatus === 'blocked' && (
          <p className="mt-1 text-xs text-destructive">
            The expert is now blocked by compliance: review this call before it takes place.
          </p>
        )}
        <div className="text-xs text-muted-foreground">
          {[i.expertTitle, i.expertCompany].filter(Boolean).join(', ')}
          {i.vendorName && ` · ${i.vendorName}`}
        </div>
      </div>
      <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-1 text-xs">
        <dt className="text-muted-foreground">When</dt>
        <dd>
          <CallWhen call={i} now={now} />
        </dd>
        <dt className="text-muted-foreground">Interviewer</dt>
        <dd>{i.teamMemberName ?? 'Not decided'}</dd>
        <dt className="text-muted-foreground">Cost</dt>
        <dd>
          <CallCost interview={i} />
        </dd>
        {i.actualMinutes !== null && (
          <>
            <dt className="text-muted-foreground">Lasted</dt>
            <dd>
              {i.actualMinutes} minutes (booked {i.durationMinutes})
            </dd>
          </>
        )}
        {i.rating !== null && (
          <>
            <dt className="text-muted-foreground">Rating</dt>
            <dd>
              <span aria-hidden>
                {'★'.repeat(i.rating)}
                <span className="text-muted-foreground">{'☆'.repeat(5 - i.rating)}</span>
              </span>
              <span className="sr-only">{i.rating} out of 5</span>
            </dd>
          </>
        )}
        {i.notes && (
          <>
            <dt className="text-muted-foreground">Notes</dt>
            <dd className="whitespace-pre-line">{i.notes}</dd>
          </>
        )}
      </dl>
      {i.status === 'scheduled' && <InterviewActions interview={i} />}
      {i.status !== 'scheduled' && i.status !== 'no_show' && <InviteDownload interview={i} />}
    </div>
  );
}

/** What a call costs; a cancelled or missed one is not charged, so its cost is struck through. */
export function CallCost({ interview: i }: { interview: Interview }) {
  const cost = formatMoney(i.costCents, i.currency);
  if (i.status !== 'cancelled' && i.status !== 'no_show') return <>{cost}</>;
  return (
    <span className="text-muted-foreground">
      <s>{cost}</s> <span className="text-xs">not charged</span>
    </span>
  );
}

/** Complete or mark a no-show (once the call has started), reschedule, cancel. */
export function InterviewActions({ interview: i }: { interview: Interview }) {
  const allowed = allowedInterviewActions(i, useNow());
  return (
    <div className="flex flex-wrap items-center gap-2">
      {allowed.includes('complete') && <CompleteDialog interview={i} />}
      {allowed.includes('no_show') && <NoShowDialog interview={i} />}
      <ScheduleInterviewDialog
        expert={{ id: i.expertId, name: i.expertName, geography: i.expertGeography }}
        interview={i}
        trigger={
          <Button variant="secondary" size="sm">
            <CalendarClock /> Reschedule
          </Button>
        }
      />
      <CancelDialog interview={i} />
      <InviteDownload interview={i} />
      {!allowed.includes('complete') && (
        <span className="text-xs text-muted-foreground">Complete it once it has started.</span>
      )}
    </div>
  );
}

function CompleteDialog({ interview: i }: { interview: Interview }) {
  const [open, setOpen] = useState(false);
  const [notes, setNotes] = useState(i.notes ?? '');
  const [actualMinutes, setActualMinutes] = useState(String(i.durationMinutes));
  const [rating, setRating] = useState('');
  const [error, setError] = useState<string | null>(null);
  const complete = useCompleteInterview();
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm">
          <CheckCircle2 /> Complete
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Complete the call with ${i.expertName}`}
        description={`It counts toward the target. Booked for ${i.durationMinutes} minutes (${formatMoney(i.costCents, i.currency)}); the cost follows the length it really had, billed by the vendor's rule.`}
      >
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const parsed = completeInterviewInput.safeParse(
              {
                id: i.id,
                actualMinutes: Number(actualMinutes),
                rating: Number(rating),
                notes: notes.trim() || null,
              },
              FRIENDLY,
            );
            if (!parsed.success)
              return setError(parsed.error.issues[0]?.message ?? 'Check the form');
            setError(null);
            complete.mutate(parsed.data, { onSuccess: () => setOpen(false) });
          }}
        >
          <div className="grid grid-cols-2 gap-3">
            <Field label="Actual length (minutes)">
              <Input
                type="number"
                inputMode="numeric"
                min={1}
                max={480}
                value={actualMinutes}
                onChange={(e) => setActualMinutes(e.target.value)}
              />
            </Field>
            <Field label="Rating of the expert">
              <NativeSelect value={rating} onChange={(e) => setRating(e.target.value)}>
                <option value="">Choose 1–5</option>
                {[5, 4, 3, 2, 1].map((n) => (
                  <option key={n} value={n}>
                    {'★'.repeat(n)} {n}
                  </option>
                ))}
              </NativeSelect>
            </Field>
          </div>
          {error && (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          )}
          <Field label="Call notes">
            <Textarea
              rows={5}
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
              placeholder="Key takeaways"
            />
          </Field>
          <DialogFooter>
            <Button type="submit" disabled={complete.isPending}>
              {complete.isPending ? 'Saving…' : 'Mark completed'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function CancelDialog({ interview: i }: { interview: Interview }) {
  const cancel = useCancelInterview();
  return (
    <EndCallDialog
      trigger={
        <Button variant="ghost" size="sm">
          <XCircle /> Cancel call
        </Button>
      }
      title={`Cancel the call with ${i.expertName}?`}
      description="The expert goes back to the shortlist unless another call is booked."
      noteLabel="Reason (optional)"
      submitLabel="Cancel the call"
      pending={cancel.isPending}
      onSubmit={(reason, done) => cancel.mutate({ id: i.id, reason }, { onSuccess: done })}
    />
  );
}

function NoShowDialog({ interview: i }: { interview: Interview }) {
  const noShow = useNoShowInterview();
  return (
    <EndCallDialog
      trigger={
        <Button variant="ghost" size="sm">
          <UserX /> No show
        </Button>
      }
      title={`${i.expertName} did not join?`}
      description="The call is not charged or counted; the expert goes back to the shortlist unless another call is booked or done, so you can book them again."
      noteLabel="What happened (optional)"
      submitLabel="Mark as a no-show"
      pending={noShow.isPending}
      onSubmit={(notes, done) => noShow.mutate({ id: i.id, notes }, { onSuccess: done })}
    />
  );
}

/** A call ended without taking place (cancelled, missed): a confirmation with an optional note. */
function EndCallDialog(props: {
  trigger: ReactNode;
  title: string;
  description: string;
  noteLabel: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: (note: string | null, done: () => void) => void;
}) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{props.trigger}</DialogTrigger>
      <DialogContent title={props.title} description={props.description}>
        <form
          className="grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            props.onSubmit(note.trim() || null, () => setOpen(false));
          }}
        >
          <Field label={props.noteLabel}>
            <Textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
          <DialogFooter>
            <Button type="submit" variant="destructive" disabled={props.pending}>
              {props.submitLabel}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
