import { useQueryClient } from '@tanstack/react-query';
import { CalendarPlus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';
import type { Interview } from './use-interviews';

/**
 * Downloads the call's invite (.ics). Fetched on click, never cached: a moved
 * or cancelled call's invite carries the new SEQUENCE, so calendars update it.
 */
export function InviteDownload({ interview: i }: { interview: Interview }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const invite = await queryClient.fetchQuery({
        ...trpc.calendar.invite.queryOptions({ id: i.id }),
        staleTime: 0,
      });
      const url = URL.createObjectURL(new Blob([invite.content], { type: 'text/calendar' }));
      const link = Object.assign(document.createElement('a'), {
        href: url,
        download: invite.filename,
      });
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      notify.failure('Could not make the invite', error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="ghost"
      size="sm"
      disabled={busy}
      onClick={() => void download()}
      title="Download the calendar invite (.ics)"
    >
      <CalendarPlus /> {i.status === 'cancelled' ? 'Cancellation (.ics)' : 'Invite (.ics)'}
    </Button>
  );
}
