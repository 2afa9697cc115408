import { describe, expect, it } from 'vitest';
import {
  bookingRefusal,
  expertStatusAfterCalls,
  expertStatusRefusal,
  nextExpertStatuses,
} from '../src/rules/experts';
import type { ExpertStatus, ManualExpertStatus } from '../src/values';

describe('expertStatusRefusal: who may move an expert where by hand', () => {
  const cases: [ExpertStatus, ManualExpertStatus, boolean][] = [
    ['proposed', 'shortlisted', true],
    ['proposed', 'rejected', true],
    ['shortlisted', 'proposed', true],
    ['shortlisted', 'rejected', true],
    ['rejected', 'shortlisted', true],
    ['rejected', 'proposed', true],
    ['scheduled', 'rejected', false],
    ['scheduled', 'shortlisted', false],
    ['completed', 'proposed', false],
    ['completed', 'rejected', false],
  ];
  it.each(cases)('%s → %s allowed: %s', (current, next, allowed) => {
    const refusal = expertStatusRefusal(current, next);
    expect(refusal === null).toBe(allowed);
    if (!allowed) expect(refusal).toContain(`This expert is ${current}`);
  });

  it('staying put is never refused', () => {
    expect(expertStatusRefusal('proposed', 'proposed')).toBeNull();
  });
});

describe('nextExpertStatuses: the buttons an expert gets', () => {
  it.each<[ExpertStatus, ManualExpertStatus[]]>([
    ['proposed', ['shortlisted', 'rejected']],
    ['shortlisted', ['proposed', 'rejected']],
    ['rejected', ['proposed', 'shortlisted']],
    ['scheduled', []],
    ['completed', []],
  ])('%s → %j', (current, next) => {
    expect(nextExpertStatuses(current)).toEqual(next);
  });
});

describe('bookingRefusal', () => {
  it.each<[ExpertStatus, boolean]>([
    ['proposed', true],
    ['shortlisted', true],
    ['scheduled', true],
    ['completed', true],
    ['rejected', false],
  ])('%s may be booked: %s', (current, allowed) => {
    expect(bookingRefusal(current) === null).toBe(allowed);
  });
});

describe('expertStatusAfterCalls: the stage follows the calls', () => {
  it.each<[ExpertStatus, number, number, ExpertStatus]>([
    // a booked call wins, whatever came before
    ['shortlisted', 1, 0, 'scheduled'],
    ['proposed', 1, 0, 'scheduled'],
    ['completed', 1, 1, 'scheduled'],
    // a held call and none booked: completed
    ['scheduled', 0, 1, 'completed'],
    ['shortlisted', 0, 2, 'completed'],
    // no call left: back on the shortlist, unless never shortlisted or rejected
    ['scheduled', 0, 0, 'shortlisted'],
    ['completed', 0, 0, 'shortlisted'],
    ['shortlisted', 0, 0, 'shortlisted'],
    ['proposed', 0, 0, 'proposed'],
    ['rejected', 0, 0, 'rejected'],
  ])('%s with %i booked, %i held → %s', (current, scheduled, completed, next) => {
    expect(expertStatusAfterCalls(current, { scheduled, completed })).toBe(next);
  });
});
