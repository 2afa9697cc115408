import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { EmptyState } from './states';

/**
 * A list with a hint and its add button above it; while the list is empty, an
 * empty state that offers the same button.
 */
export function ListSection({
  isEmpty,
  empty,
  hint,
  action,
  children,
}: {
  isEmpty: boolean;
  empty: { icon: LucideIcon; title: string; description: ReactNode };
  hint: ReactNode;
  action: ReactNode;
  children: ReactNode;
}) {
  if (isEmpty) return <EmptyState {...empty} action={action} />;
  return (
    <div className="grid gap-4">
      <div className="flex items-center justify-between">
        <p className="text-sm text-muted-foreground">{hint}</p>
        {action}
      </div>
      {children}
    </div>
  );
}
