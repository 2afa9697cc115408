import { Badge } from '../../components/ui/badge';
import { Card } from '../../components/ui/card';
import { INTERVIEW_STATUS } from '../../lib/statuses';
import { useNow } from '../../lib/use-now';
import { CallWhen } from './call-when';
import { CallCost, InterviewActions } from './interview-actions';
import type { Interview } from './use-interviews';

/** The interview list on a phone: one card per call, its actions inside. */
export function InterviewCards({ interviews }: { interviews: Interview[] }) {
  const now = useNow();
  return (
    <ul aria-label="Interviews" className="grid gap-3">
      {interviews.map((i) => (
        <li key={i.id}>
          <Card className="grid gap-2 p-4 text-sm">
            <div className="flex items-start justify-between gap-2">
              <div className="min-w-0">
                <div className="truncate font-medium">{i.expertName}</div>
                <div className="truncate text-xs text-muted-foreground">
                  {i.vendorName ?? 'Added by hand'} · {i.teamMemberName ?? 'no interviewer'}
                </div>
              </div>
              <Badge tone={INTERVIEW_STATUS[i.status].tone}>
                {INTERVIEW_STATUS[i.status].label}
              </Badge>
            </div>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <CallWhen call={i} now={now} />
              <span className="tabular-nums">
                <CallCost interview={i} />
              </span>
            </div>
            {i.status === 'scheduled' && <InterviewActions interview={i} />}
          </Card>
        </li>
      ))}
    </ul>
  );
}
