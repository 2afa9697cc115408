/** A campaign page's state in the URL: the tab, and the experts tab's filters and open expert. */
export const CAMPAIGN_TABS = [
  'overview',
  'experts',
  'interviews',
  'vendors',
  'screening',
  'team',
  'history',
] as const;
export type CampaignTab = (typeof CAMPAIGN_TABS)[number];

export type CampaignSearch = {
  tab?: CampaignTab | undefined;
  expert?: string | undefined;
  status?: string | undefined;
  vendor?: string | undefined;
  q?: string | undefined;
  /** Only experts not yet opened (the "N new" pill, an arrival toast). */
  fresh?: boolean | undefined;
  sort?: string | undefined;
  order?: 'asc' | 'desc' | undefined;
  minFit?: number | undefined;
  minRating?: number | undefined;
  /** Whole currency units an hour. */
  maxRate?: number | undefined;
  /** A screening question, and the text its answer must contain. */
  answerTo?: string | undefined;
  answer?: string | undefined;
};
