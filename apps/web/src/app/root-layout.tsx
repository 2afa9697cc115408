import { Outlet } from '@tanstack/react-router';
import { lazy, Suspense, useSyncExternalStore } from 'react';

const Toaster = lazy(() => import('sonner').then((m) => ({ default: m.Toaster })));

/** Whether <html> is in dark mode right now (ThemeSync sets the class). */
function useDarkClass() {
  return useSyncExternalStore(
    (onChange) => {
      const observer = new MutationObserver(onChange);
      observer.observe(document.documentElement, { attributeFilter: ['class'] });
      return () => observer.disconnect();
    },
    () => document.documentElement.classList.contains('dark'),
  );
}

export function RootLayout() {
  const dark = useDarkClass();
  return (
    <>
      <Outlet />
      <Suspense>
        <Toaster position="bottom-right" closeButton theme={dark ? 'dark' : 'light'} />
      </Suspense>
    </>
  );
}
