import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { Badge } from '../../components/ui/badge';
import { formatCalendarDate, formatMoney, plural } from '../../lib/format';
import { useEveryPage } from '../../lib/pages';
import { QUESTION_TYPE_LABEL } from '../../lib/statuses';
import { industryLabel } from '../campaign/campaign-fields';
import { useProjects } from '../projects/use-projects';
import { useTeam } from '../team/use-team';
import { useVendors } from '../vendors/use-vendors';
import type { WizardValues } from './wizard-form';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-4 border-b py-2.5 text-sm last:border-0">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0">{children || '—'}</dd>
    </div>
  );
}

export function StepReview() {
  const v = useFormContext<WizardValues>().watch();
  const projects = useProjects();
  useEveryPage(projects);
  const vendors = useVendors();
  const team = useTeam();
  // Picking from the whole team: read a page at a time.
  useEveryPage(team);
  const project = projects.data?.find((p) => p.id === v.projectId);
  const regions = [...(v.targetRegions ?? []), ...(v.customRegions ?? [])];
  const pickedVendors = vendors.data?.filter((x) => v.vendorPlatformIds?.includes(x.id)) ?? [];
  const pickedTeam = team.data?.filter((x) => v.teamMemberIds?.includes(x.id)) ?? [];
  return (
    <dl className="mt-3">
      <Row label="Name">{v.campaignName}</Row>
      <Row label="Project">{project?.projectName ?? 'No project'}</Row>
      <Row label="Industry">{industryLabel(v)}</Row>
      <Row label="Brief">
        <p className="whitespace-pre-line">{v.briefDescription}</p>
      </Row>
      <Row label="Regions">{regions.join(', ')}</Row>
      <Row label="Dates">
        {v.startDate || v.targetCompletionDate
          ? `${formatCalendarDate(v.startDate)} → ${formatCalendarDate(v.targetCompletionDate)}`
          : ''}
      </Row>
      <Row label="Calls">
        {[
          v.minCalls != null && `min ${v.minCalls}`,
          v.maxCalls != null && `max ${v.maxCalls}`,
          v.estimatedCalls != null && `estimated ${v.estimatedCalls}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Row>
      <Row label="Budget">{v.budgetCents != null ? formatMoney(v.budgetCents) : ''}</Row>
      <Row label="Screening">
        {v.screeningQuestions?.length ? (
          <ol className="grid list-decimal gap-1 pl-4">
            {v.screeningQuestions.map((q, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the order is the identity here
              <li key={i}>
                {q.questionText}{' '}
                <span className="text-xs text-muted-foreground">
                  ({QUESTION_TYPE_LABEL[q.questionType ?? 'text']}
                  {q.followUps?.length ? `, ${plural(q.followUps.length, 'follow-up')}` : ''})
                </span>
              </li>
            ))}
          </ol>
        ) : (
          ''
        )}
      </Row>
      <Row label="Vendors">
        <span className="flex flex-wrap gap-1">
          {pickedVendors.map((x) => (
            <Badge key={x.id} tone="primary">
              {x.name}
            </Badge>
          ))}
        </span>
      </Row>
      <Row label="Team">{pickedTeam.map((m) => m.name).join(', ')}</Row>
    </dl>
  );
}
