import { Popover as P } from 'radix-ui';
import type { ReactNode } from 'react';
import { cn } from '../../lib/cn';

export const Popover = P.Root;
export const PopoverTrigger = P.Trigger;

export function PopoverContent({
  children,
  className,
  align = 'start',
}: {
  children: ReactNode;
  className?: string;
  align?: 'start' | 'center' | 'end';
}) {
  return (
    <P.Portal>
      <P.Content
        align={align}
        sideOffset={6}
        className={cn(
          'z-50 w-80 rounded-lg border bg-popover p-4 text-popover-foreground shadow-lg',
          className,
        )}
      >
        {children}
      </P.Content>
    </P.Portal>
  );
}
