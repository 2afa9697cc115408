import { AlertDialog as A } from 'radix-ui';
import type { ReactNode } from 'react';
import { Button } from './button';

/**
 * Asks before something that cannot be undone. Opened by `trigger`, or
 * controlled with `open` (a navigation the page holds until the user decides).
 */
export function ConfirmDialog({
  trigger,
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  cancelLabel = 'Keep it',
  confirmVariant = 'destructive',
  onConfirm,
  extraAction,
}: {
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  confirmVariant?: 'destructive' | 'primary';
  onConfirm: () => void;
  /** A third choice beside cancel and confirm (it closes the dialog too). */
  extraAction?: { label: string; onSelect: () => void };
}) {
  return (
    <A.Root {...(open === undefined ? {} : { open })} {...(onOpenChange ? { onOpenChange } : {})}>
      {trigger && <A.Trigger asChild>{trigger}</A.Trigger>}
      <A.Portal>
        <A.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <A.Content className="fixed top-1/2 left-1/2 z-50 grid w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 gap-3 rounded-xl border bg-popover p-6 shadow-xl">
          <A.Title className="text-base font-semibold">{title}</A.Title>
          <A.Description className="text-sm text-muted-foreground">{description}</A.Description>
          <div className="flex flex-wrap justify-end gap-2 pt-2">
            <A.Cancel asChild>
              <Button variant="secondary">{cancelLabel}</Button>
            </A.Cancel>
            {extraAction && (
              <A.Action asChild>
                <Button variant="ghost" onClick={extraAction.onSelect}>
                  {extraAction.label}
                </Button>
              </A.Action>
            )}
            <A.Action asChild>
              <Button variant={confirmVariant} onClick={onConfirm}>
                {confirmLabel}
              </Button>
            </A.Action>
          </div>
        </A.Content>
      </A.Portal>
    </A.Root>
  );
}
