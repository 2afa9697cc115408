import type {
  CampaignStatus,
  EnrollmentStatus,
  ExpertStatus,
  InterviewStatus,
  QuestionType,
} from '@expert-network/contract/values';

/** How a status reads at a glance; components/ui/badge draws each tone. */
export type Tone = 'neutral' | 'primary' | 'success' | 'warning' | 'danger';

type Look = { label: string; tone: Tone };

export const EXPERT_STATUS: Record<ExpertStatus, Look> = {
  proposed: { label: 'Proposed', tone: 'neutral' },
  shortlisted: { label: 'Shortlisted', tone: 'primary' },
  rejected: { label: 'Rejected', tone: 'danger' },
  scheduled: { label: 'Scheduled', tone: 'warning' },
  completed: { label: 'Completed', tone: 'success' },
};

export const CAMPAIGN_STATUS: Record<CampaignStatus, Look> = {
  draft: { label: 'Draft', tone: 'neutral' },
  active: { label: 'Active', tone: 'success' },
  paused: { label: 'Paused', tone: 'warning' },
  completed: { label: 'Completed', tone: 'primary' },
  archived: { label: 'Archived', tone: 'neutral' },
};

export const ENROLLMENT_STATUS: Record<EnrollmentStatus, Look> = {
  pending: { label: 'Pending', tone: 'neutral' },
  active: { label: 'Active', tone: 'success' },
  paused: { label: 'Paused', tone: 'warning' },
  declined: { label: 'Declined', tone: 'danger' },
};

export const INTERVIEW_STATUS: Record<InterviewStatus, Look> = {
  scheduled: { label: 'Scheduled', tone: 'primary' },
  completed: { label: 'Completed', tone: 'success' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
  no_show: { label: 'No show', tone: 'danger' },
};

export const QUESTION_TYPE_LABEL: Record<QuestionType, string> = {
  text: 'Free text',
  yes_no: 'Yes / no',
  single_choice: 'Single choice',
  multi_choice: 'Multiple choice',
  scale: 'Scale',
};
