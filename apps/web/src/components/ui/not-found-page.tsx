import { Link } from '@tanstack/react-router';
import { SearchX } from 'lucide-react';
import { buttonVariants } from './button';

/**
 * For a path that is not a page, and for a record that is missing or not the
 * user's. Inside the app shell (which has the page's <main>) it is a section;
 * `standalone` (outside the shell) makes it the main landmark itself.
 */
export function NotFoundPage({
  what = 'Page',
  standalone = false,
}: {
  what?: string;
  standalone?: boolean;
}) {
  const Landmark = standalone ? 'main' : 'section';
  return (
    <Landmark className="flex min-h-[60vh] flex-col items-center justify-center gap-3 p-4 sm:p-6 lg:p-8 text-center">
      <SearchX className="size-10 text-muted-foreground" aria-hidden />
      <h1 className="text-xl font-semibold">{what} not found</h1>
      <p className="max-w-sm text-sm text-muted-foreground">
        It may have been deleted, or the link is wrong.
      </p>
      <Link to="/" className={buttonVariants({ variant: 'secondary' })}>
        Back to the dashboard
      </Link>
    </Landmark>
  );
}
