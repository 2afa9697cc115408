import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../components/ui/card';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';
import { HistoryList } from './history-list';

/** The campaign's audit trail, newest first, and its export as CSV. */
export function HistoryTab({ campaign }: { campaign: { id: string; campaignName: string } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const history = useQuery(trpc.audit.campaign.queryOptions({ campaignId: campaign.id }));
  const exportCsv = useMutation({
    mutationFn: () =>
      queryClient.fetchQuery(trpc.audit.campaignCsv.queryOptions({ campaignId: campaign.id })),
    onSuccess: ({ csv, filename }) => {
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: filename });
      link.click();
      URL.revokeObjectURL(url);
    },
    onError: (error) => notify.failure('Could not export the history', error),
  });
  return (
    <Card>
      <CardHeader
        title="History"
        description="Every change to this campaign, its vendors, experts, approvals and calls: who, when, before and after. Nobody can edit it."
        action={
          <Button
            variant="secondary"
            onClick={() => exportCsv.mutate()}
            disabled={exportCsv.isPending}
          >
            <Download /> {exportCsv.isPending ? 'Exporting…' : 'Export CSV'}
          </Button>
        }
      />
      <CardBody>
        <HistoryList history={history} label={`${campaign.campaignName} history`} />
      </CardBody>
    </Card>
  );
}
