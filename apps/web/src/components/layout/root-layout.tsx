import { Outlet } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';

const Toaster = lazy(() => import('sonner').then((m) => ({ default: m.Toaster })));

export function RootLayout() {
  return (
    <>
      <Outlet />
      <Suspense>
        <Toaster position="bottom-right" richColors closeButton theme="system" />
      </Suspense>
    </>
  );
}
