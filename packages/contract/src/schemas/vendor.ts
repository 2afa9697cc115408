import { z } from 'zod';
import { USER_ENROLLMENT_STATUSES } from '../values';
import { email, id, name, optionalText } from './common';

export const enrollInput = z.strictObject({ campaignId: id, vendorPlatformId: id });
export const enrollmentsInput = z.strictObject({ campaignId: id });

export const updateEnrollmentInput = z.strictObject({
  id,
  // Pending and declined are the vendor's to say; the user pauses and resumes.
  status: z.enum(USER_ENROLLMENT_STATUSES, { error: 'Pause or resume the vendor' }).optional(),
  accountManagerName: name().nullish(),
  accountManagerEmail: email.nullish(),
  notes: optionalText(5_000),
});
