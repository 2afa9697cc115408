/** When a call ends: its start plus its length. */
const callEnd = (i: { scheduledAt: Date; durationMinutes: number }) =>
  new Date(i.scheduledAt.getTime() + i.durationMinutes * 60_000);

/** Still marked scheduled after it should have ended: it needs completing or cancelling. */
export const isOverdue = (
  i: { status: string; scheduledAt: Date; durationMinutes: number },
  now: Date,
) => i.status === 'scheduled' && callEnd(i).getTime() < now.getTime();
