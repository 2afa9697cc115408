import { z } from 'zod';
import { THEMES } from '../values';
import { id, timeZone } from './common';

const widths = z.record(
  z.string().max(100),
  z.record(z.string().max(100), z.number().min(20).max(2_000)),
);
const panels = z.record(z.string().max(100), z.array(z.number().min(0).max(100)).max(10));

export const updatePreferencesInput = z.strictObject({
  theme: z.enum(THEMES).optional(),
  columnWidths: widths.optional(),
  panelSizing: panels.optional(),
  expandedProjects: z.array(id).max(500).optional(),
  sidebarCollapsed: z.boolean().optional(),
  calendarView: z.enum(['week', 'month', 'list']).optional(),
  timezone: timeZone.nullish(),
});
