/** The calendar's views, apart from its date arithmetic: the router reads them on first load. */
export const CALENDAR_VIEWS = ['day', 'week', 'month'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];
