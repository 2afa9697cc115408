import {
  CAMPAIGN_STATUSES,
  COMPLIANCE_STATUSES,
  DO_NOT_CONTACT_KINDS,
  ENROLLMENT_STATUSES,
  EXPERT_STATUSES,
  INTERVIEW_STATUSES,
  QUESTION_TYPES,
  SOURCING_REQUEST_KINDS,
  SOURCING_REQUEST_STATUSES,
  THEMES,
} from '@expert-network/contract/values';
import { expertNetwork } from './common';

export const campaignStatus = expertNetwork.enum('campaign_status', CAMPAIGN_STATUSES);
export const enrollmentStatus = expertNetwork.enum('enrollment_status', ENROLLMENT_STATUSES);
export const expertStatus = expertNetwork.enum('expert_status', EXPERT_STATUSES);
export const interviewStatus = expertNetwork.enum('interview_status', INTERVIEW_STATUSES);
export const questionType = expertNetwork.enum('question_type', QUESTION_TYPES);
export const theme = expertNetwork.enum('theme', THEMES);
export const sourcingRequestKind = expertNetwork.enum(
  'sourcing_request_kind',
  SOURCING_REQUEST_KINDS,
);
export const sourcingRequestStatus = expertNetwork.enum(
  'sourcing_request_status',
  SOURCING_REQUEST_STATUSES,
);
export const complianceStatus = expertNetwork.enum('compliance_status', COMPLIANCE_STATUSES);
export const doNotContactKind = expertNetwork.enum('do_not_contact_kind', DO_NOT_CONTACT_KINDS);
