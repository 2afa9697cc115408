import { useProjectCampaigns, useProjects } from '../features/projects/use-projects';

/**
 * Starts loading the sidebar's projects and its first page of campaigns
 * without a project while its code loads (a project's load when it is opened).
 */
export function useSidebarData() {
  useProjects();
  useProjectCampaigns(null);
}
