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

export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];
export type ExpertStatus = (typeof EXPERT_STATUSES)[number];
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
export type QuestionType = (typeof QUESTION_TYPES)[number];
export type Theme = (typeof THEMES)[number];
