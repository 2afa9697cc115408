import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Bell } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { Popover, PopoverContent, PopoverTrigger } from '../../components/ui/popover';
import { cn } from '../../lib/cn';
import { formatRelative } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import { useNow } from '../../lib/use-now';

/** Budget alerts (80%, 100%) and other notices: a bell with the unread count, the list on click. */
export default function NotificationBell({ className }: { className?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const now = useNow(60_000);
  // Notices come from the user's own bookings (which refresh it) or another tab: a minute is soon enough.
  const list = useQuery({ ...trpc.notification.list.queryOptions(), refetchInterval: 60_000 });
  const markRead = useMutation(
    trpc.notification.markRead.mutationOptions({
      onSuccess: (fresh) => queryClient.setQueryData(trpc.notification.list.queryKey(), fresh),
    }),
  );
  const unread = list.data?.unreadCount ?? 0;
  return (
    <Popover
      onOpenChange={(open) => {
        // Seen once opened: the count clears when the list closes.
        if (!open && unread) markRead.mutate({});
      }}
    >
      <PopoverTrigger asChild>
        <Button
          variant="ghost"
          size="icon-sm"
          className={cn('relative', className)}
          aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
        >
          <Bell />
          {unread > 0 && (
            <span className="absolute -top-0.5 -right-0.5 grid min-w-4 place-items-center rounded-full bg-destructive px-1 text-[10px] leading-4 font-semibold text-white tabular-nums">
              {unread > 9 ? '9+' : unread}
            </span>
          )}
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="w-80 max-w-[calc(100vw-1.5rem)] p-0">
        <h2 className="border-b px-4 py-2.5 text-sm font-semibold">Notifications</h2>
        {list.isPending ? (
          <p className="px-4 py-3 text-sm text-muted-foreground">Loading…</p>
        ) : list.isError ? (
          <p className="px-4 py-3 text-sm text-destructive">Could not load notifications.</p>
        ) : list.data.items.length === 0 ? (
          <p className="px-4 py-3 text-sm text-muted-foreground">
            Nothing yet. Budget alerts appear here at 80% and 100%.
          </p>
        ) : (
          <ul className="max-h-96 divide-y overflow-y-auto" aria-label="Notifications">
            {list.data.items.map((n) => (
              <li
                key={n.id}
                className={cn('grid gap-0.5 px-4 py-2.5', !n.readAt && 'bg-accent/40')}
              >
                {n.link ? (
                  <Link to={n.link} className="text-sm font-medium hover:underline">
                    {n.title}
                  </Link>
                ) : (
                  <span className="text-sm font-medium">{n.title}</span>
                )}
                <span className="text-xs text-muted-foreground">{n.body}</span>
                <span className="text-[11px] text-muted-foreground">
                  {formatRelative(n.createdAt, now)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </PopoverContent>
    </Popover>
  );
}
