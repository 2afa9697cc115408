import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { CampaignSearch } from './campaign-search';

/** A link to a campaign's page: its overview, or a tab with the experts tab's filters. */
export function CampaignLink({
  campaignId,
  search = {},
  className,
  children,
}: {
  campaignId: string;
  search?: CampaignSearch;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Link to="/campaigns/$campaignId" params={{ campaignId }} search={search} className={className}>
      {children}
    </Link>
  );
}
