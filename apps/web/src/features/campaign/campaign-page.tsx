import { CAMPAIGN_STATUSES } from '@expert-network/contract/values';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Trash2 } from 'lucide-react';
import { lazy, Suspense } from 'react';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { NativeSelect } from '../../components/ui/input';
import { NotFoundPage } from '../../components/ui/not-found-page';
import { PageHeader } from '../../components/ui/page-header';
import { PagePending } from '../../components/ui/route-states';
import { Skeleton } from '../../components/ui/skeleton';
import { ErrorState } from '../../components/ui/states';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '../../components/ui/tabs';
import { isMissing } from '../../lib/api-errors';
import { formatCalendarDate } from '../../lib/format';
import { CAMPAIGN_STATUS } from '../../lib/statuses';
import { useStatusCounts } from '../experts/use-experts';
import { industryLabel } from './campaign-fields';
import type { CampaignTab } from './campaign-search';
import { OverviewTab } from './overview-tab';
import { type Campaign, useCampaign, useDeleteCampaign, useUpdateCampaign } from './use-campaign';

const ExpertsTab = lazy(() =>
  import('../experts/experts-tab').then((m) => ({ default: m.ExpertsTab })),
);
const InterviewsTab = lazy(() =>
  import('../interviews/interviews-tab').then((m) => ({ default: m.InterviewsTab })),
);
const VendorsTab = lazy(() => import('./vendors-tab').then((m) => ({ default: m.VendorsTab })));
const ScreeningTab = lazy(() =>
  import('./screening-tab').then((m) => ({ default: m.ScreeningTab })),
);
// The edit form brings zod and the API's schemas: loaded after the page shows.
const EditCampaignDialog = lazy(() =>
  import('./edit-campaign-dialog').then((m) => ({ default: m.EditCampaignDialog })),
);
const TeamTab = lazy(() => import('./team-tab').then((m) => ({ default: m.TeamTab })));
const HistoryTab = lazy(() =>
  import('../compliance/history-tab').then((m) => ({ default: m.HistoryTab })),
);

const route = getRouteApi('/app/campaigns/$campaignId');

export function CampaignPage() {
  const { campaignId } = route.useParams();
  const campaign = useCampaign(campaignId);
  if (campaign.isPending) return <PagePending />;
  if (campaign.isError) {
    if (isMissing(campaign.error)) return <NotFoundPage what="Campaign" />;
    return (
      <div className="p-4 sm:p-6 lg:p-8">
        <ErrorState error={campaign.error} onRetry={() => void campaign.refetch()} />
      </div>
    );
  }
  return <CampaignWorkspace campaign={campaign.data} />;
}

function CampaignWorkspace({ campaign }: { campaign: Campaign }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const update = useUpdateCampaign();
  const remove = useDeleteCampaign(campaign);
  const tab: CampaignTab = search.tab ?? 'overview';
  // A new history entry per tab, so the browser's Back returns to the previous one.
  const setTab = (next: string) =>
    void navigate({ search: (s) => ({ ...s, tab: next as CampaignTab }) });
  const status = CAMPAIGN_STATUS[campaign.status];
  // Polled: experts arrive from vendors while the page is open.
  const counts = useStatusCounts(campaign.id);
  const newCount = counts.data?.newCount ?? campaign.newExpertCount;
  return (
    <>
      <PageHeader
        eyebrow={
          campaign.projectId ? (
            <Link
              to="/projects/$projectId"
              params={{ projectId: campaign.projectId }}
              className="hover:underline"
            >
              {campaign.projectName}
            </Link>
          ) : (
            'Other campaigns'
          )
        }
        title={campaign.campaignName}
        description={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Badge tone={status.tone}>{status.label}</Badge>
            <span>{industryLabel(campaign)}</span>
            {(campaign.startDate || campaign.targetCompletionDate) && (
              <span>
                {formatCalendarDate(campaign.startDate)} →{' '}
                {formatCalendarDate(campaign.targetCompletionDate)}
              </span>
            )}
            {[...campaign.targetRegions, ...campaign.customRegions].length > 0 && (
              <span>{[...campaign.targetRegions, ...campaign.customRegions].join(', ')}</span>
            )}
          </span>
        }
        actions={
          <>
            <ConfirmDialog
              title={`Delete “${campaign.campaignName}”?`}
              description={`Its ${campaign.expertCount} experts, their screening answers, its questions, vendor enrollments and calls are deleted too. This cannot be undone.`}
              confirmLabel="Delete campaign"
              onConfirm={() => remove.mutate({ id: campaign.id })}
              trigger={
                <Button variant="ghost" aria-label="Delete campaign" title="Delete campaign">
                  <Trash2 />
                </Button>
              }
            />
            <Suspense>
              <EditCampaignDialog campaign={campaign} />
            </Suspense>
            <NativeSelect
              aria-label="Campaign status"
              className="w-36"
              value={campaign.status}
              disabled={update.isPending}
              onChange={(e) =>
                update.mutate({
                  id: campaign.id,
                  status: e.target.value as (typeof CAMPAIGN_STATUSES)[number],
                })
              }
            >
              {CAMPAIGN_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {CAMPAIGN_STATUS[s].label}
                </option>
              ))}
            </NativeSelect>
          </>
        }
      />
      <Tabs value={tab} onValueChange={setTab} className="px-4 sm:px-6 lg:px-8 pt-2">
        <TabsList aria-label="Campaign sections">
          <TabsTrigger value="overview">Overview</TabsTrigger>
          <TabsTrigger value="experts">
            Experts
            <span
              className="rounded-full bg-muted px-1.5 text-xs tabular-nums"
              title="Offers: each network’s proposal counted (the list shows each person once)"
            >
              {counts.data?.total ?? campaign.expertCount}
            </span>
            {newCount > 0 && (
              <Badge tone="primary" className="px-1.5 py-0">
                {newCount} new
              </Badge>
            )}
          </TabsTrigger>
          <TabsTrigger value="interviews">Interviews</TabsTrigger>
          <TabsTrigger value="vendors">Vendors</TabsTrigger>
          <TabsTrigger value="screening">Screening</TabsTrigger>
          <TabsTrigger value="team">Team</TabsTrigger>
          <TabsTrigger value="history">History</TabsTrigger>
        </TabsList>
        <Suspense fallback={<Skeleton className="mt-6 h-96" />}>
          <TabsContent value="overview" className="py-6">
            <OverviewTab campaign={campaign} />
          </TabsContent>
          <TabsContent value="experts" className="py-6">
            <ExpertsTab campaign={campaign} />
          </TabsContent>
          <TabsContent value="interviews" className="py-6">
            <InterviewsTab campaign={campaign} />
          </TabsContent>
          <TabsContent value="vendors" className="py-6">
            <VendorsTab campaign={campaign} />
          </TabsContent>
          <TabsContent value="screening" className="py-6">
            <ScreeningTab campaign={campaign} />
          </TabsContent>
          <TabsContent value="team" className="py-6">
            <TeamTab campaign={campaign} />
          </TabsContent>
          <TabsContent value="history" className="py-6">
            <HistoryTab campaign={campaign} />
          </TabsContent>
        </Suspense>
      </Tabs>
    </>
  );
}
