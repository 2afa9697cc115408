import { ChevronLeft, ChevronRight } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from '../../components/ui/button';
import { cn } from '../../lib/cn';

/** The calendar's view switch and, for a dated view, previous / today / next and the period's title. */
export function CalendarToolbar<View extends string>({
  views,
  view,
  onView,
  nav,
  children,
}: {
  views: readonly View[];
  view: View;
  onView: (view: View) => void;
  nav?: { title: string; onStep: (by: -1 | 1) => void; onToday: () => void } | undefined;
  /** At the end of the row (a link, a status). */
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <fieldset className="inline-flex rounded-md border bg-card p-0.5">
        <legend className="sr-only">Calendar view</legend>
        {views.map((v) => (
          <button
            type="button"
            key={v}
            aria-pressed={view === v}
            onClick={() => onView(v)}
            className={cn(
              'rounded px-3 py-1 text-sm capitalize text-muted-foreground',
              view === v && 'bg-accent font-medium text-foreground',
            )}
          >
            {v}
          </button>
        ))}
      </fieldset>
      {nav && (
        <>
          <Button
            variant="ghost"
            size="icon-sm"
            onClick={() => nav.onStep(-1)}
            aria-label="Previous"
          >
            <ChevronLeft />
          </Button>
          <Button variant="secondary" size="sm" onClick={nav.onToday}>
            Today
          </Button>
          <Button variant="ghost" size="icon-sm" onClick={() => nav.onStep(1)} aria-label="Next">
            <ChevronRight />
          </Button>
          <h2 className="ml-1 text-sm font-semibold" aria-live="polite">
            {nav.title}
          </h2>
        </>
      )}
      {children}
    </div>
  );
}
