import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  notFound,
  redirect,
} from '@tanstack/react-router';
import { RootLayout } from './app/root-layout';
import { NotFoundPage } from './components/ui/not-found-page';
import { PageError, PagePending } from './components/ui/route-states';
import { sessionQuery } from './features/auth/session';
import { CALENDAR_VIEWS, type CalendarView } from './features/calendar/calendar-views';
import { CAMPAIGN_TABS, type CampaignSearch } from './features/campaign/campaign-search';
import { WIZARD_STEPS, type WizardStep } from './features/campaign-wizard/wizard-steps';
import { safeRedirect } from './lib/redirect';

export type RouterContext = { queryClient: QueryClient };

// Search params are read by hand (not with zod) to keep zod out of the first load.
const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);

/** An id in a link that cannot be one (mistyped, cut short): that page is simply not found. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const requireId = (value: string) => {
  if (!UUID.test(value)) throw notFound();
};

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: () => <NotFoundPage standalone />,
});

/** Signed-in pages send a visitor to sign-in (and back afterwards). */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
  },
  component: lazyRouteComponent(() => import('./app/app-shell'), 'AppShell'),
  notFoundComponent: () => <NotFoundPage />,
});

/** Sign-in and sign-up: a signed-in user goes straight on. */
const guestSearch = (search: Record<string, unknown>): { redirect?: string | undefined } => ({
  redirect: text(search.redirect),
});
const skipWhenSignedIn = async ({
  context,
  search,
}: {
  context: RouterContext;
  search: { redirect?: string | undefined };
}) => {
  const session = await context.queryClient.ensureQueryData(sessionQuery);
  if (session) throw redirect({ href: safeRedirect(search.redirect) });
};

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: guestSearch,
  beforeLoad: skipWhenSignedIn,
  component: lazyRouteComponent(() => import('./features/auth/sign-in-page'), 'SignInPage'),
});

const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  validateSearch: guestSearch,
  beforeLoad: skipWhenSignedIn,
  component: lazyRouteComponent(() => import('./features/auth/sign-up-page'), 'SignUpPage'),
});

const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(
    () => import('./features/dashboard/dashboard-page'),
    'DashboardPage',
  ),
});

const newCampaignRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/campaigns/new',
  validateSearch: (
    search: Record<string, unknown>,
  ): { projectId?: string | undefined; step?: WizardStep | undefined } => ({
    projectId: text(search.projectId),
    step: WIZARD_STEPS.find((s) => s === search.step),
  }),
  component: lazyRouteComponent(
    () => import('./features/campaign-wizard/campaign-wizard-page'),
    'CampaignWizardPage',
  ),
});

const number = (value: unknown) => {
  const n = typeof value === 'number' ? value : Number(value);
  return value === undefined || value === '' || !Number.isFinite(n) || n < 0 ? undefined : n;
};

const campaignRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/campaigns/$campaignId',
  validateSearch: (search: Record<string, unknown>): CampaignSearch => ({
    tab: CAMPAIGN_TABS.find((t) => t === search.tab),
    expert: text(search.expert),
    status: text(search.status),
    vendor: text(search.vendor),
    q: text(search.q),
    fresh: search.fresh === true || search.fresh === 'true' ? true : undefined,
    sort: text(search.sort),
    order: search.order === 'asc' || search.order === 'desc' ? search.order : undefined,
    minFit: number(search.minFit),
    minRating: number(search.minRating),
    maxRate: number(search.maxRate),
    answerTo: text(search.answerTo),
    answer: text(search.answer),
  }),
  beforeLoad: ({ params }) => requireId(params.campaignId),
  notFoundComponent: () => <NotFoundPage what="Campaign" />,
  component: lazyRouteComponent(() => import('./features/campaign/campaign-page'), 'CampaignPage'),
});

const projectRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/projects/$projectId',
  beforeLoad: ({ params }) => requireId(params.projectId),
  notFoundComponent: () => <NotFoundPage what="Project" />,
  component: lazyRouteComponent(() => import('./features/projects/project-page'), 'ProjectPage'),
});

const teamRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/team',
  component: lazyRouteComponent(() => import('./features/team/team-page'), 'TeamPage'),
});

const vendorsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/vendors',
  component: lazyRouteComponent(
    () => import('./features/vendors/vendor-directory-page'),
    'VendorDirectoryPage',
  ),
});

const vendorRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/vendors/$vendorId',
  beforeLoad: ({ params }) => requireId(params.vendorId),
  notFoundComponent: () => <NotFoundPage what="Vendor" />,
  // From the directory's chunk: a chunk of its own would split the first load's shared chunks.
  component: lazyRouteComponent(
    () => import('./features/vendors/vendor-directory-page'),
    'VendorPage',
  ),
});

/** Every call of every campaign, in the user's time zone. */
const calendarRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/calendar',
  validateSearch: (
    search: Record<string, unknown>,
  ): { view?: CalendarView | undefined; date?: string | undefined } => ({
    view: CALENDAR_VIEWS.find((v) => v === search.view),
    date: typeof search.date === 'string' && DAY.test(search.date) ? search.date : undefined,
  }),
  component: lazyRouteComponent(() => import('./features/calendar/calendar-page'), 'CalendarPage'),
});

const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings',
  component: lazyRouteComponent(() => import('./features/settings/settings-page'), 'SettingsPage'),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  signUpRoute,
  appRoute.addChildren([
    dashboardRoute,
    newCampaignRoute,
    campaignRoute,
    projectRoute,
    teamRoute,
    vendorsRoute,
    vendorRoute,
    calendarRoute,
    settingsRoute,
  ]),
]);

export function createAppRouter(context: RouterContext) {
  return createRouter({
    routeTree,
    context,
    defaultPreload: 'intent',
    // Data lives in React Query; the router only decides what to render.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PagePending,
    defaultPendingMs: 150,
    defaultErrorComponent: PageError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
