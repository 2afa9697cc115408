import { Link, useRouterState } from '@tanstack/react-router';
import { Menu } from 'lucide-react';
import { Dialog as D } from 'radix-ui';
import { useEffect, useState } from 'react';
import { Button } from '../components/ui/button';
import NotificationBell from '../features/notifications/notification-bell';
import { Sidebar } from './sidebar';

/**
 * The phone's frame: a top bar with the menu button, and the sidebar as a
 * drawer over the page. Whether the drawer is open lives here only: it is not
 * the desktop's collapsed preference, and it closes on every navigation.
 */
export function MobileNav() {
  const [open, setOpen] = useState(false);
  const href = useRouterState({ select: (s) => s.location.href });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page closes the drawer
  useEffect(() => setOpen(false), [href]);
  return (
    <D.Root open={open} onOpenChange={setOpen}>
      <div className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b bg-sidebar px-3">
        <D.Trigger asChild>
          <Button variant="ghost" size="icon-sm" aria-label="Open menu">
            <Menu />
          </Button>
        </D.Trigger>
        <Link to="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <img src="/favicon.svg" alt="" className="size-6" />
          Expert Network
        </Link>
        <NotificationBell className="ml-auto" />
      </div>
      <D.Portal>
        <D.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <D.Content
          className="fixed inset-y-0 left-0 z-50 w-72 max-w-[85vw] shadow-xl"
          aria-describedby={undefined}
        >
          <D.Title className="sr-only">Menu</D.Title>
          <Sidebar collapsed={false} onToggle={() => setOpen(false)} inDrawer />
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}
