/**
 * Calls that overlap in a day column sit side by side, as calendars draw
 * them: each takes the first lane free at its start, and every call of a
 * group that overlaps (directly or through others) shares the group's width.
 */
export type Span = { id: string; start: number; end: number };
export type Lane = { lane: number; lanes: number };

export function overlapLanes(spans: readonly Span[]): Map<string, Lane> {
  const placed = new Map<string, Lane>();
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let group: { id: string; lane: number }[] = [];
  // Where each lane of the current group is busy until.
  let laneEnds: number[] = [];
  let groupEnd = Number.NEGATIVE_INFINITY;
  const closeGroup = () => {
    for (const g of group) placed.set(g.id, { lane: g.lane, lanes: laneEnds.length });
    group = [];
    laneEnds = [];
  };
  for (const span of sorted) {
    if (span.start >= groupEnd) closeGroup();
    let lane = laneEnds.findIndex((end) => end <= span.start);
    if (lane === -1) lane = laneEnds.push(span.end) - 1;
    else laneEnds[lane] = span.end;
    group.push({ id: span.id, lane });
    groupEnd = Math.max(groupEnd, span.end);
  }
  closeGroup();
  return placed;
}
