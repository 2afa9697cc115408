import { describe, expect, it } from 'vitest';
import {
  allowedInterviewActions,
  correctionRefusal,
  deletionRefusal,
  type InterviewAction,
  interviewActionRefusal,
} from '../src/rules/interviews';
import type { InterviewStatus } from '../src/values';

const now = new Date('2026-03-10T12:00:00Z');
const past = new Date('2026-03-10T11:00:00Z');
const future = new Date('2026-03-10T13:00:00Z');

describe('interviewActionRefusal', () => {
  const cases: [InterviewStatus, Date, InterviewAction, string | null][] = [
    ['scheduled', future, 'reschedule', null],
    ['scheduled', future, 'cancel', null],
    ['scheduled', future, 'complete', 'This call has not started yet: complete it'],
    ['scheduled', future, 'no_show', 'This call has not started yet: mark it'],
    ['scheduled', past, 'complete', null],
    ['scheduled', past, 'no_show', null],
    ['scheduled', now, 'complete', null], // starting now counts as started
    ['completed', past, 'cancel', 'This interview is completed, not scheduled'],
    ['completed', past, 'complete', 'This interview is completed, not scheduled'],
    ['cancelled', future, 'reschedule', 'This interview is cancelled, not scheduled'],
    ['no_show', past, 'complete', 'This interview is no show, not scheduled'],
  ];
  it.each(cases)('%s at %s: %s → %s', (status, scheduledAt, action, refusal) => {
    const result = interviewActionRefusal({ status, scheduledAt }, action, now);
    if (refusal === null) expect(result).toBeNull();
    else expect(result).toContain(refusal);
  });
});

describe('allowedInterviewActions', () => {
  it.each<[InterviewStatus, Date, InterviewAction[]]>([
    ['scheduled', future, ['reschedule', 'cancel']],
    ['scheduled', past, ['reschedule', 'cancel', 'complete', 'no_show']],
    ['completed', past, []],
    ['cancelled', future, []],
    ['no_show', past, []],
  ])('%s at %s → %j', (status, scheduledAt, actions) => {
    expect(allowedInterviewActions({ status, scheduledAt }, now)).toEqual(actions);
  });
});

describe('deleting and correcting a call', () => {
  it.each<[InterviewStatus, boolean, boolean]>([
    // status, may be deleted, may be corrected
    ['scheduled', true, false],
    ['completed', false, true],
    ['cancelled', true, false],
    ['no_show', true, false],
  ])('%s: deleted %s, corrected %s', (status, deletable, correctable) => {
    expect(deletionRefusal(status) === null).toBe(deletable);
    expect(correctionRefusal(status) === null).toBe(correctable);
  });
});
