/**
 * The allowed values of each status-like column, free of any dependency so the
 * API's input schemas (and through them the web app) can share them.
 */
export const CAMPAIGN_STATUSES = ['draft', 'active', 'paused', 'completed', 'archived'] as const;
export const ENROLLMENT_STATUSES = ['pending', 'active', 'paused', 'declined'] as const;
export const EXPERT_STATUSES = [
  'proposed',
  'shortlisted',
  'rejected',
  'scheduled',
  'completed',
] as const;
export const INTERVIEW_STATUSES = ['scheduled', 'completed', 'cancelled', 'no_show'] as const;
export const QUESTION_TYPES = ['text', 'yes_no', 'single_choice', 'multi_choice', 'scale'] as const;
export const THEMES = ['light', 'dark', 'system'] as const;
/** How the experts list can be ordered (server-side, keyset pages). */
export const EXPERT_SORT_KEYS = [
  'arrival',
  'fit',
  'rating',
  'rate',
  'vendor',
  'status',
  'name',
  'relevance',
] as const;
export const SORT_ORDERS = ['asc', 'desc'] as const;

export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];
export type ExpertStatus = (typeof EXPERT_STATUSES)[number];
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
export type QuestionType = (typeof QUESTION_TYPES)[number];
export type Theme = (typeof THEMES)[number];
export type ExpertSortKey = (typeof EXPERT_SORT_KEYS)[number];
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Each sort's natural direction: newest, best and cheapest first; names and vendors A to Z. */
export const DEFAULT_SORT_ORDER: Record<ExpertSortKey, SortOrder> = {
  arrival: 'desc',
  fit: 'desc',
  rating: 'desc',
  rate: 'asc',
  vendor: 'asc',
  status: 'asc',
  name: 'asc',
  relevance: 'desc',
};

/** Statuses a user sets by hand; scheduled and completed follow interviews. */
export const MANUAL_EXPERT_STATUSES = [
  'proposed',
  'shortlisted',
  'rejected',
] as const satisfies ExpertStatus[];
/** Pending and declined are the vendor's to say; the user pauses and resumes. */
export const USER_ENROLLMENT_STATUSES = ['active', 'paused'] as const satisfies EnrollmentStatus[];
export type ManualExpertStatus = (typeof MANUAL_EXPERT_STATUSES)[number];
export type UserEnrollmentStatus = (typeof USER_ENROLLMENT_STATUSES)[number];

/** Why a vendor is asked for experts: its first batch, the batches after, or the user's request. */
export const SOURCING_REQUEST_KINDS = ['initial', 'follow_up', 'more'] as const;
export const SOURCING_REQUEST_STATUSES = [
  'pending',
  'running',
  'done',
  'cancelled',
  'failed',
] as const;
export type SourcingRequestKind = (typeof SOURCING_REQUEST_KINDS)[number];
export type SourcingRequestStatus = (typeof SOURCING_REQUEST_STATUSES)[number];

/** How a multi-choice screening answer is stored in response_text: a JSON array of the options. */
export function encodeMultiChoice(choices: string[]): string {
  return JSON.stringify(choices);
}

/** The options of a stored multi-choice answer (a plain text answer comes back as one item). */
export function decodeMultiChoice(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  } catch {}
  return [text];
}

/** An expert's standing against the compliance rules; unchecked only before their first check. */
export const COMPLIANCE_STATUSES = ['unchecked', 'clear', 'flagged', 'blocked'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];
export const DO_NOT_CONTACT_KINDS = ['person', 'company'] as const;
export type DoNotContactKind = (typeof DO_NOT_CONTACT_KINDS)[number];
