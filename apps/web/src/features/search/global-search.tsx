import { Search } from 'lucide-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { cn } from '../../lib/cn';

// The palette (cmdk) loads when first opened, not with the page.
const CommandPalette = lazy(() => import('./command-palette'));

/** ⌘K / Ctrl+K anywhere, or this button: search every expert of the user's. */
export function GlobalSearch({ collapsed }: { collapsed: boolean }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() === 'k' && (e.metaKey || e.ctrlKey)) {
        e.preventDefault();
        setOpen((o) => !o);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label="Search experts"
        aria-keyshortcuts="Meta+K Control+K"
        className={cn(
          'flex items-center gap-2 rounded-md border bg-card text-sm text-muted-foreground hover:text-foreground',
          collapsed ? 'mx-auto size-8 justify-center' : 'mx-2 mb-2 h-8 px-2.5',
        )}
      >
        <Search className="size-4 shrink-0" aria-hidden />
        {!collapsed && (
          <>
            <span>Search experts</span>
            <kbd className="ml-auto text-xs">⌘K</kbd>
          </>
        )}
      </button>
      {open && (
        <Suspense>
          <CommandPalette onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
