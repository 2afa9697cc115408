import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CalendarSync, Copy } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../components/ui/card';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { Input } from '../../components/ui/input';
import { formatInstant } from '../../lib/format';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';

/**
 * The private feed Google Calendar or Outlook subscribe to. Its address is
 * shown once, when made (only a hash of it is kept); a new one or turning it
 * off makes the old address stop working.
 */
export function CalendarFeedCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.calendar.feedStatus.queryOptions());
  const [url, setUrl] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.calendar.pathKey() });
  const enable = useMutation(
    trpc.calendar.enableFeed.mutationOptions({
      onSuccess: async ({ path }) => {
        setUrl(new URL(path, window.location.origin).toString());
        await refresh();
      },
      onError: (error) => notify.failure('Could not make the feed', error),
    }),
  );
  const revoke = useMutation(
    trpc.calendar.revokeFeed.mutationOptions({
      onSuccess: async () => {
        setUrl(null);
        await refresh();
        notify.success('Calendar feed turned off');
      },
      onError: (error) => notify.failure('Could not turn the feed off', error),
    }),
  );
  const enabled = status.data?.enabled ?? false;
  return (
    <Card>
      <CardHeader
        title="Calendar feed"
        description="Your calls in Google Calendar, Outlook or Apple Calendar: subscribe to a private address. Read-only; anyone with the address can read it, so keep it to yourself."
      />
      <CardBody className="grid gap-3 text-sm">
        {status.isPending ? (
          <p className="text-muted-foreground">Loading…</p>
        ) : url ? (
          <div className="grid gap-2">
            <p>
              Copy this address into your calendar's “subscribe from URL”. It is shown only now.
            </p>
            <div className="flex gap-2">
              <Input
                readOnly
                value={url}
                aria-label="Calendar feed address"
                className="font-mono text-xs"
              />
              <Button
                variant="secondary"
                size="sm"
                onClick={() =>
                  void navigator.clipboard
                    ?.writeText(url)
                    .then(() => notify.success('Address copied'))
                }
              >
                <Copy /> Copy
              </Button>
            </div>
          </div>
        ) : (
          <p className="text-muted-foreground">
            {enabled
              ? `On since ${formatInstant(status.data?.createdAt)}. Lost the address? Make a new one; the old one stops working.`
              : 'Off.'}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button size="sm" disabled={enable.isPending} onClick={() => enable.mutate()}>
            <CalendarSync /> {enabled ? 'New address' : 'Turn on'}
          </Button>
          {enabled && (
            <ConfirmDialog
              title="Turn the calendar feed off?"
              description="Calendars subscribed to it stop receiving your calls."
              confirmLabel="Turn off"
              onConfirm={() => revoke.mutate()}
              trigger={
                <Button variant="ghost" size="sm">
                  Turn off
                </Button>
              }
            />
          )}
        </div>
      </CardBody>
    </Card>
  );
}
