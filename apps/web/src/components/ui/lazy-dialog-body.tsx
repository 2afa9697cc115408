import { type ReactNode, Suspense } from 'react';
import { Skeleton } from './skeleton';

/**
 * Where a lazily loaded form renders inside a dialog. Forms bring zod and the
 * API's schemas, which the page behind the dialog does not need at first.
 */
export function LazyDialogBody({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Skeleton className="h-40" />}>{children}</Suspense>;
}
