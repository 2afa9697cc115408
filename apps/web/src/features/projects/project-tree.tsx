import { Link } from '@tanstack/react-router';
import { ChevronRight, FolderPlus, Plus } from 'lucide-react';
import type { ReactNode } from 'react';
import { buttonVariants } from '../../components/ui/button';
import { ListSkeleton } from '../../components/ui/skeleton';
import { SortableList } from '../../components/ui/sortable-list';
import { cn } from '../../lib/cn';
import { CampaignLink } from '../campaign/campaign-link';
import { usePreferences, useUpdatePreferences } from '../preferences/use-preferences';
import { ProjectDialog } from './project-dialog';
import {
  type CampaignSummary,
  campaignsOf,
  type Project,
  useCampaigns,
  useProjects,
  useReorderCampaigns,
  useReorderProjects,
} from './use-projects';

/** Projects with their campaigns; drag to reorder, expanded state saved per user. */
export function ProjectTree() {
  const projects = useProjects();
  const campaigns = useCampaigns();
  const { data: prefs } = usePreferences();
  const updatePreferences = useUpdatePreferences();
  const reorderProjects = useReorderProjects();

  if (projects.isPending || campaigns.isPending) return <ListSkeleton rows={3} />;
  if (projects.isError || campaigns.isError) {
    return <p className="px-2 text-xs text-destructive">Could not load projects.</p>;
  }
  const expanded = new Set(prefs?.expandedProjects ?? []);
  const toggle = (id: string) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    updatePreferences.mutate({ expandedProjects: [...next] });
  };
  const loose = campaignsOf(campaigns.data, null);

  return (
    <div className="grid grid-cols-1 gap-0.5 text-sm">
      <SortableList
        items={projects.data}
        subtleHandle
        label={(p) => p.projectName}
        onReorder={(ids) => reorderProjects.mutate({ ids })}
        renderItem={(project, handle) => (
          <ProjectNode
            project={project}
            handle={handle}
            campaigns={campaignsOf(campaigns.data, project.id)}
            open={expanded.has(project.id)}
            onToggle={() => toggle(project.id)}
          />
        )}
      />
      {loose.length > 0 && (
        <div className="mt-2">
          <p className="px-2 py-1 text-xs text-muted-foreground">Other campaigns</p>
          <CampaignList campaigns={loose} />
        </div>
      )}
      <ProjectDialog
        trigger={
          <button
            type="button"
            className="mt-1 flex h-8 items-center gap-2 rounded-md px-2 text-muted-foreground hover:bg-accent hover:text-foreground"
          >
            <FolderPlus className="size-4" /> New project
          </button>
        }
      />
    </div>
  );
}

function ProjectNode({
  project,
  campaigns,
  open,
  onToggle,
  handle,
}: {
  project: Project;
  campaigns: CampaignSummary[];
  open: boolean;
  onToggle: () => void;
  handle: ReactNode;
}) {
  return (
    <div className="group">
      <div className="flex h-8 items-center gap-0.5 rounded-md pr-1 hover:bg-accent/60">
        <button
          type="button"
          onClick={onToggle}
          aria-expanded={open}
          aria-label={`${open ? 'Collapse' : 'Expand'} ${project.projectName}`}
          className="rounded p-1 text-muted-foreground hover:text-foreground"
        >
          <ChevronRight className={cn('size-3.5 transition-transform', open && 'rotate-90')} />
        </button>
        <Link
          to="/projects/$projectId"
          params={{ projectId: project.id }}
          className="min-w-0 flex-1 truncate data-[status=active]:font-semibold"
        >
          {project.projectName}
        </Link>
        <Link
          to="/campaigns/new"
          search={{ projectId: project.id }}
          className={cn(
            buttonVariants({ variant: 'ghost', size: 'icon-sm' }),
            'size-6 opacity-0 group-hover:opacity-100 focus-visible:opacity-100',
          )}
          aria-label={`New campaign in ${project.projectName}`}
        >
          <Plus />
        </Link>
        {handle}
      </div>
      {open && (
        <div className="ml-4 border-l pl-1.5">
          {campaigns.length ? (
            <CampaignList campaigns={campaigns} />
          ) : (
            <p className="px-2 py-1 text-xs text-muted-foreground">No campaigns yet</p>
          )}
        </div>
      )}
    </div>
  );
}

function CampaignList({ campaigns }: { campaigns: CampaignSummary[] }) {
  const reorder = useReorderCampaigns();
  return (
    <SortableList
      items={campaigns}
      subtleHandle
      label={(c) => c.campaignName}
      onReorder={(ids) => reorder.mutate({ ids })}
      renderItem={(campaign, handle) => (
        <div className="group flex h-7 items-center gap-1 rounded-md pr-1 hover:bg-accent/60">
          <CampaignLink
            campaignId={campaign.id}
            className="min-w-0 flex-1 truncate px-2 text-muted-foreground hover:text-foreground data-[status=active]:font-medium data-[status=active]:text-foreground"
          >
            {campaign.campaignName}
          </CampaignLink>
          {campaign.newExpertCount > 0 && (
            <span
              className="rounded-full bg-primary px-1.5 text-[10px] font-semibold text-primary-foreground"
              title={`${campaign.newExpertCount} new experts`}
            >
              {campaign.newExpertCount}
            </span>
          )}
          {handle}
        </div>
      )}
    />
  );
}
