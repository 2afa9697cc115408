import { ENROLLMENT_STATUSES } from '@expert-network/db/values';
import { z } from 'zod';
import { email, id, name, optionalText } from './common';

export const enrollInput = z.strictObject({ campaignId: id, vendorPlatformId: id });
export const enrollmentsInput = z.strictObject({ campaignId: id });

export const updateEnrollmentInput = z.strictObject({
  id,
  status: z.enum(ENROLLMENT_STATUSES).optional(),
  accountManagerName: name().nullish(),
  accountManagerEmail: email.nullish(),
  notes: optionalText(5_000),
});
