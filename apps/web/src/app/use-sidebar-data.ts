import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../lib/trpc';

/** Starts loading the sidebar's projects and campaigns while its code loads. */
export function useSidebarData() {
  const trpc = useTRPC();
  useQuery(trpc.project.list.queryOptions());
  useQuery(trpc.campaign.list.queryOptions());
}
