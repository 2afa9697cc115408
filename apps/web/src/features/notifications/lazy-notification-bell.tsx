import { lazy, Suspense } from 'react';

// Loaded after first paint: the shell's first load stays within the dashboard's bundle budget.
const NotificationBell = lazy(() => import('./notification-bell'));

export function LazyNotificationBell({ className }: { className?: string }) {
  return (
    <Suspense fallback={<span className={className} />}>
      <NotificationBell className={className} />
    </Suspense>
  );
}
