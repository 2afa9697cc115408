import type { Change } from '@expert-network/api';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useRef } from 'react';
import { plural } from '../../lib/format';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';

type Routers = ReturnType<typeof useTRPC>;
type RouterName = Exclude<keyof Routers, 'live' | 'health' | 'pathKey' | 'pathFilter'>;

/** Which API areas show each table's rows (counts included): those refetch when it changes. */
const SHOWN_IN: Record<string, RouterName[]> = {
  experts: ['expert', 'campaign', 'project', 'dashboard', 'screening'],
  expert_screening_responses: ['screening', 'expert'],
  interviews: ['interview', 'expert', 'campaign', 'project', 'dashboard'],
  campaigns: ['campaign', 'project', 'dashboard', 'vendor'],
  campaign_vendor_enrollments: ['vendor', 'campaign', 'dashboard', 'expert'],
  screening_questions: ['screening', 'campaign'],
  campaign_team_assignments: ['team', 'campaign'],
  projects: ['project', 'campaign', 'dashboard'],
  team_members: ['team', 'interview', 'campaign'],
  user_ui_preferences: ['preferences'],
};
const EVERYTHING = [...new Set(Object.values(SHOWN_IN).flat())];

/** Changes that arrive within this window are refetched together. */
const COALESCE_MS = 150;

/**
 * Keeps every view of the signed-in user's data current: the server streams
 * each committed change (this tab's, another tab's, another device's, the
 * vendors'), and the queries showing what changed refetch. While the stream is
 * down nothing is missed: each (re)connection refetches everything on screen.
 */
export function useLiveUpdates() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const pending = useRef(new Set<RouterName>());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const refetch = (routers: RouterName[]) => {
    for (const name of routers) pending.current.add(name);
    timer.current ??= setTimeout(() => {
      timer.current = undefined;
      const names = [...pending.current];
      pending.current.clear();
      for (const name of names) {
        void queryClient.invalidateQueries({ queryKey: trpc[name].pathKey() });
      }
    }, COALESCE_MS);
  };

  const announce = (change: Extract<Change, { kind: 'arrival' }>) =>
    notify.info(
      `${change.vendorName} proposed ${plural(change.count, 'expert')} for ${change.campaignName}`,
      {
        action: {
          label: 'Review',
          onClick: () =>
            void navigate({
              to: '/campaigns/$campaignId',
              params: { campaignId: change.campaignId },
              search: { tab: 'experts', fresh: true },
            }),
        },
      },
    );

  useSubscription(
    trpc.live.changes.subscriptionOptions(undefined, {
      onStarted: () => refetch(EVERYTHING),
      onData: (change) => {
        if (change.kind === 'resync') return refetch(EVERYTHING);
        if (isArrival(change)) return announce(change);
        refetch(SHOWN_IN[change.kind] ?? EVERYTHING);
      },
    }),
  );
}

const isArrival = (change: Change): change is Extract<Change, { kind: 'arrival' }> =>
  change.kind === 'arrival';
