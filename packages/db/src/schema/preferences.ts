import { sql } from 'drizzle-orm';
import { boolean, jsonb, text } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { expertNetwork, timestamps } from './common';
import { theme } from './enums';

/** UI state that follows the user from one browser to another. One row per user. */
export const userUiPreferences = expertNetwork.table('user_ui_preferences', {
  userId: text()
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  theme: theme().notNull().default('system'),
  // Table column widths in px, keyed by table id then column id.
  columnWidths: jsonb()
    .$type<Record<string, Record<string, number>>>()
    .notNull()
    .default(sql`'{}'::jsonb`),
  // Resizable panel layouts in percent, keyed by panel group id.
  panelSizing: jsonb().$type<Record<string, number[]>>().notNull().default(sql`'{}'::jsonb`),
  expandedProjects: jsonb().$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  sidebarCollapsed: boolean().notNull().default(false),
  calendarView: text().notNull().default('week'),
  // IANA zone used to show times; null: the browser's own.
  timezone: text(),
  ...timestamps(),
});
