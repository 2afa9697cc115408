import { describe, expect, it } from 'vitest';
import { overlapLanes, type Span } from './overlap-lanes';

const lanesOf = (spans: Span[]) => Object.fromEntries(overlapLanes(spans));

describe('overlapLanes', () => {
  it('gives a lone call the whole width', () => {
    expect(lanesOf([{ id: 'a', start: 600, end: 660 }])).toEqual({ a: { lane: 0, lanes: 1 } });
  });

  it('keeps back-to-back calls full width (one ends as the other starts)', () => {
    expect(
      lanesOf([
        { id: 'a', start: 600, end: 660 },
        { id: 'b', start: 660, end: 720 },
      ]),
    ).toEqual({ a: { lane: 0, lanes: 1 }, b: { lane: 0, lanes: 1 } });
  });

  it('puts two overlapping calls side by side, the earlier on the left', () => {
    expect(
      lanesOf([
        { id: 'late', start: 630, end: 690 },
        { id: 'early', start: 600, end: 660 },
      ]),
    ).toEqual({ early: { lane: 0, lanes: 2 }, late: { lane: 1, lanes: 2 } });
  });

  it('reuses a lane freed within a group, and the group shares its width', () => {
    // a overlaps b and c; b ends before c starts, so c takes b's lane.
    expect(
      lanesOf([
        { id: 'a', start: 600, end: 780 },
        { id: 'b', start: 615, end: 660 },
        { id: 'c', start: 690, end: 720 },
      ]),
    ).toEqual({
      a: { lane: 0, lanes: 2 },
      b: { lane: 1, lanes: 2 },
      c: { lane: 1, lanes: 2 },
    });
  });

  it('starts a new group once every call of the last one has ended', () => {
    const lanes = lanesOf([
      { id: 'a', start: 600, end: 660 },
      { id: 'b', start: 600, end: 660 },
      { id: 'c', start: 600, end: 660 },
      { id: 'd', start: 900, end: 960 },
    ]);
    expect([lanes.a, lanes.b, lanes.c].map((l) => l?.lanes)).toEqual([3, 3, 3]);
    expect(new Set([lanes.a, lanes.b, lanes.c].map((l) => l?.lane))).toEqual(new Set([0, 1, 2]));
    expect(lanes.d).toEqual({ lane: 0, lanes: 1 });
  });
});
