import { z } from 'zod';
import { DO_NOT_CONTACT_KINDS } from '../values';
import { id, name, optionalText, text } from './common';

const companies = z
  .array(name())
  .max(100, 'At most 100 companies')
  .refine((list) => new Set(list.map((c) => c.toLowerCase())).size === list.length, {
    message: 'A company is listed twice',
  });

export const projectRulesInput = z.strictObject({ projectId: id });

/** A project's rules; a field left out keeps its value. */
export const updateProjectRulesInput = z.strictObject({
  projectId: id,
  targetCompany: name().nullish(),
  competitors: companies.optional(),
  sensitiveCompanies: companies.optional(),
  blockCurrentTargetEmployees: z.boolean().optional(),
  coolingOffMonths: z
    .number({ error: 'Give a number of months' })
    .int('Whole months')
    .min(0, 'Cannot be negative')
    .max(120, 'At most 120 months')
    .optional(),
  flagCurrentCompetitorEmployees: z.boolean().optional(),
  blockGovernmentOfficials: z.boolean().optional(),
  flagMissingAttestation: z.boolean().optional(),
});

export const addDoNotContactInput = z.strictObject({
  kind: z.enum(DO_NOT_CONTACT_KINDS),
  name: name(),
  note: optionalText(1_000),
});

export const approveExpertInput = z.strictObject({
  expertId: id,
  reason: text(2_000).trim().min(1, 'Say why this expert may be booked'),
});

export const byExpertId = z.strictObject({ expertId: id });
export const byCampaignId = z.strictObject({ campaignId: id });
