import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { Skeleton } from './skeleton';
import { ErrorState } from './states';

/** Shown while a page's code loads. */
export function PagePending() {
  return (
    <div
      className="grid gap-4 p-4 sm:p-6 lg:p-8"
      role="status"
      aria-busy="true"
      aria-label="Loading page"
    >
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-4 w-96" />
      <div className="grid grid-cols-3 gap-4 pt-4">
        <Skeleton className="h-28" />
        <Skeleton className="h-28" />
        <Skeleton className="h-28" />
      </div>
    </div>
  );
}

/** A page that failed to load (its code, or a check before it). */
export function PageError({ error }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <div className="p-4 sm:p-6 lg:p-8">
      <ErrorState error={error} onRetry={() => void router.invalidate()} />
    </div>
  );
}
