import { rescheduleInterviewInput, scheduleInterviewInput } from '@expert-network/contract';
import { currentZoneName } from '@expert-network/contract/rules';
import { useMutation, useQuery } from '@tanstack/react-query';
import { addDays, format } from 'date-fns';
import { type ReactNode, useEffect, useState } from 'react';
import { type UseFormSetError, useForm } from 'react-hook-form';
import { Button } from '../../components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from '../../components/ui/dialog';
import { Field } from '../../components/ui/field';
import { Input, NativeSelect, Textarea } from '../../components/ui/input';
import { TimeZonePicker } from '../../components/ui/time-zone-picker';
import { errorMessage, fieldErrorsOf } from '../../lib/api-errors';
import { browserTimeZone } from '../../lib/format';
import { notify } from '../../lib/notify';
import { useEveryPage } from '../../lib/pages';
import { useTRPC } from '../../lib/trpc';
import { FRIENDLY } from '../../lib/zod-messages';
import { usePreferences } from '../preferences/use-preferences';
import { useTeam } from '../team/use-team';
import { bookingWarningsOf, type RaisedWarning } from './booking-warnings';
import { BookingWarningsNote } from './booking-warnings-note';
import { ExpertLocalTime } from './expert-local-time';
import { type Interview, useInvalidateInterviews } from './use-interviews';
import { checkWallTime, clockChangeNote, wallTimeOf } from './zoned-time';

type Values = {
  date: string;
  time: string;
  timezone: string;
  durationMinutes: number;
  teamMemberId: string;
  notes: string;
};

const DURATIONS = [30, 45, 60, 90, 120];

const FORM_FIELDS = ['date', 'time', 'timezone', 'durationMinutes', 'teamMemberId', 'notes'];

/** The API's messages on the form's fields: the instant is typed as a date and a time. */
function showIssues(issues: Record<string, string>, setError: UseFormSetError<Values>) {
  for (const [path, message] of Object.entries(issues)) {
    const field = path === 'scheduledAt' ? 'date' : path;
    setError(FORM_FIELDS.includes(field) ? (field as keyof Values) : 'root', {
      type: 'server',
      message,
    });
  }
}

/**
 * Books a call with an expert, or moves `interview` to another time. The time
 * is typed in the call's own time zone.
 */
export function ScheduleInterviewDialog({
  expert,
  interview,
  trigger,
}: {
  /**
   * With `campaignId`, a new call starts in the campaign's default time zone, if
   * it has one; `geography` gives the expert's local time.
   */
  expert: { id: string; name: string; campaignId?: string; geography?: string | null };
  interview?: Interview;
  trigger: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  // What the last attempt asked to confirm: sending again confirms exactly these.
  const [warnings, setWarnings] = useState<RaisedWarning[]>([]);
  const trpc = useTRPC();
  const team = useTeam();
  // A select cannot page: it lists the whole team, read a page at a time.
  useEveryPage(team);
  const { data: prefs } = usePreferences();
  const campaign = useQuery({
    ...trpc.campaign.byId.queryOptions({ id: expert.campaignId ?? '' }),
    enabled: Boolean(expert.campaignId) && !interview,
  });
  const ownZone = currentZoneName(
    campaign.data?.defaultTimezone ?? prefs?.timezone ?? browserTimeZone(),
  );
  const invalidate = useInvalidateInterviews();
  const initial = interview
    ? wallTimeOf(interview.scheduledAt, interview.timezone)
    : { date: format(addDays(new Date(), 1), 'yyyy-MM-dd'), time: '10:00' };
  const form = useForm<Values>({
    values: {
      ...initial,
      timezone: interview ? currentZoneName(interview.timezone) : ownZone,
      durationMinutes: interview?.durationMinutes ?? 60,
      teamMemberId: interview?.teamMemberId ?? '',
      notes: '',
    },
  });
  // A changed time, interviewer or length is another booking: its warnings are asked anew.
  useEffect(() => {
    const watching = form.watch(() => setWarnings([]));
    return () => watching.unsubscribe();
  }, [form]);
  const onSuccess = async (verb: string) => {
    await invalidate();
    notify.success(`Call with ${expert.name} ${verb}`);
    setWarnings([]);
    setOpen(false);
  };
  const onError = (error: unknown) => {
    const raised = bookingWarningsOf(error);
    if (raised.length) return setWarnings(raised);
    const issues = fieldErrorsOf(error);
    if (Object.keys(issues).length) showIssues(issues, form.setError);
    else form.setError('root', { message: errorMessage(error) });
  };
  const schedule = useMutation(
    trpc.interview.schedule.mutationOptions({ onSuccess: () => onSuccess('scheduled'), onError }),
  );
  const reschedule = useMutation(
    trpc.interview.reschedule.mutationOptions({ onSuccess: () => onSuccess('moved'), onError }),
  );

  const submit = form.handleSubmit((v) => {
    const common = {
      scheduledAt: checkWallTime(v.date, v.time, v.timezone).at,
      timezone: v.timezone,
      durationMinutes: Number(v.durationMinutes),
      teamMemberId: v.teamMemberId || null,
      confirm: warnings.map((w) => w.warning),
    };
    // The API's own schema checks the input before it is sent.
    const parsed = interview
      ? rescheduleInterviewInput.safeParse({ id: interview.id, ...common }, FRIENDLY)
      : scheduleInterviewInput.safeParse(
          { expertId: expert.id, ...common, notes: v.notes || null },
          FRIENDLY,
        );
    if (!parsed.success) {
      showIssues(
        Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])),
        form.setError,
      );
      return;
    }
    if (interview) reschedule.mutate({ id: interview.id, ...common });
    else schedule.mutate({ expertId: expert.id, ...common, notes: v.notes || null });
  });
  const errors = form.formState.errors;
  const pending = schedule.isPending || reschedule.isPending;
  const [date, time, timezone] = form.watch(['date', 'time', 'timezone']);
  const clockChange = date && time && timezone ? clockChangeNote(date, time, timezone) : null;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setWarnings([]);
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent
        title={
          interview
            ? `Reschedule the call with ${expert.name}`
            : `Schedule a call with ${expert.name}`
        }
        description="Times are in the time zone you pick; everyone sees them converted."
      >
        <form className="grid gap-4" noValidate onSubmit={submit}>
          <div className="grid grid-cols-2 gap-3">
            <Field label="Date" error={errors.date?.message}>
              <Input type="date" {...form.register('date', { required: 'Pick a date' })} />
            </Field>
            <Field label="Time" error={errors.time?.message}>
              <Input
                type="time"
                step={300}
                {...form.register('time', { required: 'Pick a time' })}
              />
            </Field>
          </div>
          {clockChange && (
            <p
              role="status"
              className="-mt-2 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-xs"
            >
              {clockChange}
            </p>
          )}
          <Field label="Time zone" error={errors.timezone?.message}>
            <TimeZonePicker
              name="timezone"
              value={timezone}
              onChange={(zone) => form.setValue('timezone', zone, { shouldDirty: true })}
            />
          </Field>
          <ExpertLocalTime
            name={expert.name}
            location={expert.geography}
            at={date && time && timezone ? checkWallTime(date, time, timezone).at : null}
          />
          <div className="grid grid-cols-2 gap-3">
            <Field label="Duration" error={errors.durationMinutes?.message}>
              <NativeSelect {...form.register('durationMinutes', { valueAsNumber: true })}>
                {DURATIONS.map((d) => (
                  <option key={d} value={d}>
                    {d} minutes
                  </option>
                ))}
              </NativeSelect>
            </Field>
            <Field label="Interviewer" error={errors.teamMemberId?.message}>
              <NativeSelect {...form.register('teamMemberId')}>
                <option value="">Not decided</option>
                {team.data?.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </NativeSelect>
            </Field>
          </div>
          {!interview && (
            <Field label="Notes" error={errors.notes?.message}>
              <Textarea rows={2} placeholder="Topics to cover" {...form.register('notes')} />
            </Field>
          )}
          <BookingWarningsNote warnings={warnings} />
          {errors.root?.message && (
            <p role="alert" className="text-sm text-destructive">
              {errors.root.message}
            </p>
          )}
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {pending
                ? 'Saving…'
                : warnings.length
                  ? interview
                    ? 'Move it anyway'
                    : 'Book anyway'
                  : interview
                    ? 'Move the call'
                    : 'Schedule'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
