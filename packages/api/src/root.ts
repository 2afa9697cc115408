import { auditRouter } from './routers/audit';
import { browserImportRouter } from './routers/browser-import';
import { calendarRouter } from './routers/calendar';
import { campaignRouter } from './routers/campaign';
import { complianceRouter } from './routers/compliance';
import { dashboardRouter } from './routers/dashboard';
import { expertRouter } from './routers/expert';
import { healthRouter } from './routers/health';
import { interviewRouter } from './routers/interview';
import { liveRouter } from './routers/live';
import { notificationRouter } from './routers/notification';
import { personRouter } from './routers/person';
import { preferencesRouter } from './routers/preferences';
import { projectRouter } from './routers/project';
import { screeningRouter } from './routers/screening';
import { teamRouter } from './routers/team';
import { vendorRouter } from './routers/vendor';
import { router } from './trpc';

export const appRouter = router({
  health: healthRouter,
  vendor: vendorRouter,
  project: projectRouter,
  campaign: campaignRouter,
  screening: screeningRouter,
  expert: expertRouter,
  person: personRouter,
  interview: interviewRouter,
  team: teamRouter,
  preferences: preferencesRouter,
  dashboard: dashboardRouter,
  browserImport: browserImportRouter,
  compliance: complianceRouter,
  audit: auditRouter,
  live: liveRouter,
  notification: notificationRouter,
  calendar: calendarRouter,
});

export type AppRouter = typeof appRouter;

/** Procedures callable without a session; everything else is UNAUTHORIZED without one. */
export const PUBLIC_PROCEDURES = ['health.check'] as const;
