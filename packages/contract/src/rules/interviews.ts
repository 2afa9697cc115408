/** A booked call's life: what may happen to it, and what it costs. */
import type { InterviewStatus } from '../values';

export const INTERVIEW_ACTIONS = ['reschedule', 'cancel', 'complete', 'no_show'] as const;
export type InterviewAction = (typeof INTERVIEW_ACTIONS)[number];

type Call = { status: InterviewStatus; scheduledAt: Date };

/** Completing a call or marking it missed needs the call to have started. */
const AFTER_START: ReadonlySet<InterviewAction> = new Set(['complete', 'no_show']);

/** Why `action` cannot be taken on `call` at `now`, or null when it can. */
export function interviewActionRefusal(call: Call, action: InterviewAction, now: Date) {
  if (call.status !== 'scheduled') {
    return `This interview is ${call.status.replace('_', ' ')}, not scheduled`;
  }
  if (AFTER_START.has(action) && call.scheduledAt.getTime() > now.getTime()) {
    const verb = action === 'complete' ? 'complete' : 'mark';
    return `This call has not started yet: ${verb} it once it has taken place`;
  }
  return null;
}

/** What can be done with `call` at `now`, for the buttons a screen offers. */
export function allowedInterviewActions(call: Call, now: Date): InterviewAction[] {
  return INTERVIEW_ACTIONS.filter((action) => interviewActionRefusal(call, action, now) === null);
}

/** A completed call is part of the spend: it is corrected, never deleted. */
export function deletionRefusal(status: InterviewStatus) {
  return status === 'completed'
    ? 'A completed call is part of the spend: correct it instead of deleting it'
    : null;
}

/** Only a call that took place has a length and a cost to correct. */
export function correctionRefusal(status: InterviewStatus) {
  return status === 'completed'
    ? null
    : `This interview is ${status.replace('_', ' ')}: only a completed call is corrected`;
}
