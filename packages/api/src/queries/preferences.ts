import type { updatePreferencesInput } from '@expert-network/contract';
import { schema } from '@expert-network/db';
import type { z } from 'zod';
import { owned, type Scope } from '../scope';

const { userUiPreferences: preferences } = schema;

type Saved = typeof preferences.$inferSelect;

/** Typed as the row, so callers see one shape whether or not a row exists. */
const DEFAULTS: Omit<Saved, 'userId' | 'createdAt' | 'updatedAt'> = {
  theme: 'system',
  columnWidths: {},
  panelSizing: {},
  expandedProjects: [],
  sidebarCollapsed: false,
  calendarView: 'week',
  timezone: null,
};

/** The caller's UI preferences, or the defaults until they change one. */
export async function getPreferences(scope: Scope) {
  const [row] = await scope.db.select().from(preferences).where(owned(preferences, scope));
  return row ?? { ...DEFAULTS, userId: scope.userId, createdAt: null, updatedAt: null };
}

/** Changes the fields given; the row is created on first use. */
export async function updatePreferences(
  scope: Scope,
  changes: z.infer<typeof updatePreferencesInput>,
) {
  const [row] = await scope.db
    .insert(preferences)
    .values({ ...changes, userId: scope.userId })
    // updatedAt keeps the SET non-empty when no field was sent.
    .onConflictDoUpdate({ target: preferences.userId, set: { ...changes, updatedAt: new Date() } })
    .returning();
  if (!row) throw new Error('upsert returned nothing');
  return row;
}
