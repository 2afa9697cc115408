import type { RouterOutputs } from '../../lib/trpc';

/** What the dashboard reads once and hands to each of its sections. */
export type DashboardSummary = RouterOutputs['dashboard']['summary'];
