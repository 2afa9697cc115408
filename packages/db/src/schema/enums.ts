import { expertNetwork } from './common';

export const campaignStatus = expertNetwork.enum('campaign_status', [
  'draft',
  'active',
  'paused',
  'completed',
  'archived',
]);

export const enrollmentStatus = expertNetwork.enum('enrollment_status', [
  'pending',
  'active',
  'paused',
  'declined',
]);

export const expertStatus = expertNetwork.enum('expert_status', [
  'proposed',
  'shortlisted',
  'rejected',
  'scheduled',
  'completed',
]);

export const interviewStatus = expertNetwork.enum('interview_status', [
  'scheduled',
  'completed',
  'cancelled',
  'no_show',
]);

export const questionType = expertNetwork.enum('question_type', [
  'text',
  'yes_no',
  'single_choice',
  'multi_choice',
  'scale',
]);

export const theme = expertNetwork.enum('theme', ['light', 'dark', 'system']);
