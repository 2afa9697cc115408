import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Command } from 'cmdk';
import { Dialog as D } from 'radix-ui';
import { useEffect, useState } from 'react';
import { Badge } from '../../components/ui/badge';
import { EXPERT_STATUS } from '../../lib/statuses';
import { useTRPC } from '../../lib/trpc';
import { ExpertSubline } from '../experts/expert-columns';

/**
 * Search every expert in every campaign of the user's (full text, best match
 * first, matching words marked); Enter opens the expert in their campaign.
 */
export default function CommandPalette({ onClose }: { onClose: () => void }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setSearch(typed.trim()), 200);
    return () => clearTimeout(t);
  }, [typed]);
  const results = useQuery({
    ...trpc.expert.search.queryOptions({ search, limit: 20 }),
    enabled: search.length > 0,
    placeholderData: (previous) => previous,
  });
  return (
    <D.Root open onOpenChange={(open) => !open && onClose()}>
      <D.Portal>
        <D.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <D.Content
          className="fixed top-[12vh] left-1/2 z-50 w-[calc(100vw-2rem)] max-w-xl -translate-x-1/2 overflow-hidden rounded-xl border bg-popover shadow-xl"
          aria-describedby={undefined}
        >
          <D.Title className="sr-only">Search experts</D.Title>
          <Command shouldFilter={false} label="Search experts in every campaign">
            <Command.Input
              autoFocus
              value={typed}
              onValueChange={setTyped}
              placeholder="Search experts: names, skills, answers, notes…"
              className="h-12 w-full border-b bg-transparent px-4 text-sm outline-none"
            />
            <Command.List className="max-h-[60vh] overflow-y-auto p-2">
              {search && !results.isPending && (
                <Command.Empty className="p-4 text-sm text-muted-foreground">
                  No expert matches “{search}”.
                </Command.Empty>
              )}
              {search &&
                results.data?.map((e) => (
                  <Command.Item
                    key={e.id}
                    value={e.id}
                    onSelect={() => {
                      onClose();
                      void navigate({
                        to: '/campaigns/$campaignId',
                        params: { campaignId: e.campaignId },
                        search: { tab: 'experts', expert: e.id },
                      });
                    }}
                    className="grid cursor-pointer gap-0.5 rounded-md px-3 py-2 text-sm data-[selected=true]:bg-muted"
                  >
                    <span className="flex items-center gap-2">
                      <span className="font-medium">{e.name}</span>
                      <Badge tone={EXPERT_STATUS[e.status].tone}>
                        {EXPERT_STATUS[e.status].label}
                      </Badge>
                      <span className="ml-auto truncate text-xs text-muted-foreground">
                        {e.campaignName}
                      </span>
                    </span>
                    <span className="truncate text-xs text-muted-foreground">
                      <ExpertSubline {...e} />
                    </span>
                  </Command.Item>
                ))}
            </Command.List>
          </Command>
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}
