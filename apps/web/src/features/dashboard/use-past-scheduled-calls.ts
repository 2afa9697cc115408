import { isOverdue } from '../interviews/call-time';
import { useInterviews } from '../interviews/use-interviews';

const DAY = 86_400_000;
const WINDOW_STEP = 5 * 60_000;

/**
 * Scheduled calls whose time has passed (logged up to 30 days back, as the API
 * allows): they still need completing or cancelling. The window moves in
 * 5-minute steps, so the query is not new on every render.
 */
export function usePastScheduledCalls(now: Date) {
  const to = new Date(Math.ceil(now.getTime() / WINDOW_STEP) * WINDOW_STEP);
  const from = new Date(to.getTime() - 30 * DAY);
  const calls = useInterviews({ from, to });
  return { ...calls, data: calls.data.filter((c) => isOverdue(c, now)) };
}
