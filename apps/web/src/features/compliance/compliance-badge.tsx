import type { ComplianceStatus } from '@expert-network/contract/values';
import { ShieldAlert, ShieldCheck, ShieldX } from 'lucide-react';
import { Badge } from '../../components/ui/badge';
import { COMPLIANCE_STATUS } from '../../lib/statuses';

const ICON = { clear: ShieldCheck, flagged: ShieldAlert, blocked: ShieldX, unchecked: ShieldAlert };

/** An expert's compliance standing, as a badge with an icon (not colour alone). */
export function ComplianceBadge({ status }: { status: ComplianceStatus }) {
  const Icon = ICON[status];
  return (
    <Badge tone={COMPLIANCE_STATUS[status].tone} data-compliance={status}>
      <Icon className="size-3" aria-hidden />
      {COMPLIANCE_STATUS[status].label}
    </Badge>
  );
}
