import { Dialog as D } from 'radix-ui';
import type { ReactNode } from 'react';

/**
 * Below the sheet breakpoint an open expert fills the screen, over the list.
 * Escape closes it once: the sheet handles the key first and marks it handled,
 * so the panel's own Escape handler leaves it alone.
 */
export function ExpertSheet({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  return (
    <D.Root open onOpenChange={(open) => !open && onClose()}>
      <D.Portal>
        <D.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <D.Content
          className="fixed inset-0 z-40 flex flex-col bg-background p-2 sm:p-4"
          aria-describedby={undefined}
        >
          <D.Title className="sr-only">Expert details</D.Title>
          <div className="min-h-0 flex-1">{children}</div>
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}
