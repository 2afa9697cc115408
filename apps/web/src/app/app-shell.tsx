import { useQueryClient } from '@tanstack/react-query';
import { Outlet } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useLiveUpdates } from '../features/live/use-live-updates';
import { ThemeSync } from '../features/preferences/theme-sync';
import { usePreferences, useUpdatePreferences } from '../features/preferences/use-preferences';
import { atLeast, BREAKPOINTS } from '../lib/breakpoints';
import { cn } from '../lib/cn';
import { TRPCProvider } from '../lib/trpc';
import { trpcClient } from '../lib/trpc-client';
import { useMediaQuery } from '../lib/use-media-query';
import { ConnectionBanner } from './connection-banner';
import { Sidebar } from './sidebar';
import { useSidebarData } from './use-sidebar-data';

/** The signed-in frame: the API client, the sidebar with projects, and the page. */
export function AppShell() {
  const queryClient = useQueryClient();
  return (
    <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
      <ShellLayout />
    </TRPCProvider>
  );
}

// The phone's drawer brings Radix's dialog: loaded on phones only, not with every first paint.
const MobileNav = lazy(() => import('./mobile-nav').then((m) => ({ default: m.MobileNav })));

function ShellLayout() {
  const { data: prefs } = usePreferences();
  useSidebarData();
  useLiveUpdates();
  const update = useUpdatePreferences();
  const collapsed = prefs?.sidebarCollapsed ?? false;
  const phone = !useMediaQuery(atLeast(BREAKPOINTS.drawer));
  return (
    <div
      className={cn(
        'grid min-h-dvh',
        phone
          ? 'grid-cols-1 content-start'
          : collapsed
            ? 'grid-cols-[3.5rem_minmax(0,1fr)]'
            : 'grid-cols-[16.5rem_minmax(0,1fr)]',
      )}
    >
      <ThemeSync />
      <ConnectionBanner />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-card focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      {phone ? (
        <Suspense fallback={<div className="h-14 border-b bg-sidebar" />}>
          <MobileNav />
        </Suspense>
      ) : (
        <Sidebar
          collapsed={collapsed}
          onToggle={() => update.mutate({ sidebarCollapsed: !collapsed })}
        />
      )}
      <main id="main" className="min-w-0">
        <Outlet />
      </main>
    </div>
  );
}
