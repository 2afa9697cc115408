import { z } from 'zod';
import { id } from './common';

/** One expert's person: every offer of them, and earlier campaigns with them. */
export const personOfExpertInput = z.strictObject({ expertId: id });

/** The user says this expert is somebody else than the rest of its group. */
export const splitPersonInput = z.strictObject({ expertId: id });

/** The user says `expertId` is the same person as `sameAsExpertId`. */
export const mergePersonInput = z
  .strictObject({ expertId: id, sameAsExpertId: id })
  .refine((i) => i.expertId !== i.sameAsExpertId, {
    message: 'Choose another expert',
    path: ['sameAsExpertId'],
  });

/** What duplicate offers saved: on the dashboard (all campaigns) or one campaign. */
export const duplicateSavingsInput = z.strictObject({ campaignId: id.optional() }).optional();
