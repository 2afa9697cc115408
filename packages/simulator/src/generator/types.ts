import type { QuestionType } from '@expert-network/contract/values';

export type CampaignBrief = {
  id: string;
  /** Work-history dates count back from this, so output never depends on today. */
  createdAt: Date;
  campaignName: string;
  industryVertical: string;
  customIndustry: string | null;
  subIndustry: string | null;
  briefDescription: string;
  expandedDescription: string | null;
  targetRegions: string[];
  customRegions: string[];
};

export type VendorFacts = {
  id: string;
  name: string;
  slug: string;
  tags: string[];
  avgCostPerCallMinCents: number;
  avgCostPerCallMaxCents: number;
};

export type ScreeningQuestion = {
  id: string;
  parentQuestionId: string | null;
  followUpTrigger: string | null;
  questionText: string;
  questionType: QuestionType;
  options: { choices?: string[]; scale?: { min: number; max: number } };
  displayOrder: number;
};

export type GenerationRequest = {
  campaign: CampaignBrief;
  vendor: VendorFacts;
  questions: ScreeningQuestion[];
  /** Position of the first expert of this batch within the enrollment (0-based). */
  firstIndex: number;
  count: number;
};

export type WorkEntry = { company: string; title: string; from: string; to: string | null };

export type ExpertProfile = {
  name: string;
  title: string;
  company: string;
  geography: string;
  description: string;
  workHistory: WorkEntry[];
  skills: string[];
};

export type GeneratedExpert = ExpertProfile & {
  /** The vendor's reference: the same for the same campaign, vendor and position. */
  externalRef: string;
  rating: number;
  aiFitScore: number;
  callRateCents: number;
  /** Screening question id → answer text. */
  answers: Record<string, string>;
};

export interface ExpertGenerator {
  readonly name: string;
  generate(request: GenerationRequest): Promise<GeneratedExpert[]>;
}
