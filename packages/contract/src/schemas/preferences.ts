import { z } from 'zod';
import { THEMES } from '../values';
import { id, plainString, timeZone } from './common';

/** A column or panel name: the web app's own identifiers. */
const key = plainString().max(100);

const widths = z.record(key, z.record(key, z.number().min(20).max(2_000)));
const panels = z.record(key, z.array(z.number().min(0).max(100)).max(10));

export const updatePreferencesInput = z.strictObject({
  theme: z.enum(THEMES).optional(),
  columnWidths: widths.optional(),
  panelSizing: panels.optional(),
  expandedProjects: z.array(id).max(500).optional(),
  sidebarCollapsed: z.boolean().optional(),
  calendarView: z.enum(['week', 'month', 'list']).optional(),
  timezone: timeZone.nullish(),
});
