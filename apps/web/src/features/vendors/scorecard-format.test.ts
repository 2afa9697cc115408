import { describe, expect, it } from 'vitest';
import { formatFit, formatHourly, formatShare, formatWait } from './scorecard-format';

describe('scorecard figures', () => {
  it.each([
    [null, '—'],
    [0, '0%'],
    [2 / 3, '67%'],
    [1, '100%'],
  ])('share %s → %s', (share, text) => expect(formatShare(share)).toBe(text));

  it.each([
    [null, '—'],
    [20, '1 min'],
    [1800, '30 min'],
    [4 * 3600, '4 h'],
    [5400, '1.5 h'],
    [3 * 86_400, '3 days'],
  ])('wait %s s → %s', (seconds, text) => expect(formatWait(seconds)).toBe(text));

  it('fit out of ten and rates per hour, with their units', () => {
    expect(formatFit(7.83)).toBe('7.8 / 10');
    expect(formatFit(null)).toBe('—');
    expect(formatHourly(75_000)).toBe('$750 / h');
    expect(formatHourly(null)).toBe('—');
  });
});
