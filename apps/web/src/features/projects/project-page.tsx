import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { Megaphone, Pencil, Plus, Trash2 } from 'lucide-react';
import { Badge } from '../../components/ui/badge';
import { Button, buttonVariants } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { NotFoundPage } from '../../components/ui/not-found-page';
import { PageHeader } from '../../components/ui/page-header';
import { ProgressBar } from '../../components/ui/progress-bar';
import { PagePending } from '../../components/ui/route-states';
import { EmptyState, ErrorState } from '../../components/ui/states';
import { isMissing } from '../../lib/api-errors';
import { formatCalendarDate, formatMoney } from '../../lib/format';
import { notify } from '../../lib/notify';
import { CAMPAIGN_STATUS } from '../../lib/statuses';
import { useTRPC } from '../../lib/trpc';
import { CampaignLink } from '../campaign/campaign-link';
import { ProjectDialog } from './project-dialog';
import { campaignsOf, useCampaigns } from './use-projects';

const route = getRouteApi('/app/projects/$projectId');

export function ProjectPage() {
  const { projectId } = route.useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const project = useQuery(trpc.project.byId.queryOptions({ id: projectId }));
  const campaigns = useCampaigns();
  const remove = useMutation(
    trpc.project.delete.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.project.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.campaign.pathKey() }),
        ]);
        notify.success('Project deleted; its campaigns moved to Other campaigns');
        await navigate({ to: '/' });
      },
      onError: (error) => notify.failure('Could not delete the project', error),
    }),
  );
  if (project.isPending) return <PagePending />;
  if (project.isError) {
    if (isMissing(project.error)) return <NotFoundPage what="Project" />;
    return (
      <div className="p-4 sm:p-6 lg:p-8">
        <ErrorState error={project.error} onRetry={() => void project.refetch()} />
      </div>
    );
  }
  const p = project.data;
  const list = campaignsOf(campaigns.data ?? [], p.id);
  const newCampaign = (
    <Link to="/campaigns/new" search={{ projectId: p.id }} className={buttonVariants()}>
      <Plus /> New campaign
    </Link>
  );
  return (
    <>
      <PageHeader
        eyebrow={p.projectCode}
        title={p.projectName}
        description={p.description ?? undefined}
        actions={
          <>
            <ProjectDialog
              project={p}
              trigger={
                <Button variant="secondary">
                  <Pencil /> Edit
                </Button>
              }
            />
            <ConfirmDialog
              title={`Delete ${p.projectName}?`}
              description="Its campaigns are kept and move to Other campaigns."
              confirmLabel="Delete project"
              onConfirm={() => remove.mutate({ id: p.id })}
              trigger={
                <Button variant="ghost">
                  <Trash2 /> Delete
                </Button>
              }
            />
            {newCampaign}
          </>
        }
      />
      <div className="p-4 sm:p-6 lg:p-8">
        {list.length === 0 ? (
          <EmptyState
            icon={Megaphone}
            title="No campaigns in this project"
            description="Create the first campaign: brief, screening questions and vendors."
            action={newCampaign}
          />
        ) : (
          <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {list.map((c) => {
              const target = c.targetCalls;
              return (
                <CampaignLink
                  key={c.id}
                  campaignId={c.id}
                  className="block rounded-xl focus-visible:outline-2"
                >
                  <Card className="grid gap-3 p-4 transition-colors hover:border-primary/40">
                    <div className="flex items-start justify-between gap-2">
                      <h2 className="font-semibold">{c.campaignName}</h2>
                      <Badge tone={CAMPAIGN_STATUS[c.status].tone}>
                        {CAMPAIGN_STATUS[c.status].label}
                      </Badge>
                    </div>
                    <p className="text-xs text-muted-foreground">
                      {c.customIndustry ?? c.industryVertical} · due{' '}
                      {formatCalendarDate(c.targetCompletionDate)}
                    </p>
                    <ProgressBar
                      value={c.completedCalls}
                      secondary={c.scheduledCalls}
                      max={target}
                      label={`${c.campaignName}: calls against target`}
                    />
                    <div className="flex justify-between text-xs text-muted-foreground">
                      <span>
                        {c.completedCalls}/{target} calls · {c.expertCount} experts
                        {c.newExpertCount > 0 && ` (${c.newExpertCount} new)`}
                      </span>
                      <span>{formatMoney(c.spendCents)}</span>
                    </div>
                  </Card>
                </CampaignLink>
              );
            })}
          </div>
        )}
      </div>
    </>
  );
}
