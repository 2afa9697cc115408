/**
 * A vendor's enrollment in a campaign: pending until the vendor starts,
 * declined when the vendor says no (its answer stands); the user pauses and
 * resumes it (the input schema allows only those two).
 */
import {
  type EnrollmentStatus,
  USER_ENROLLMENT_STATUSES,
  type UserEnrollmentStatus,
} from '../values';

/** Why the user may not set an enrollment in `current` to another status, or null when they may. */
export function enrollmentStatusRefusal(current: EnrollmentStatus) {
  return current === 'declined' ? 'This vendor declined the campaign; its answer stands' : null;
}

/** The statuses the user may set an enrollment to now. */
export function nextEnrollmentStatuses(current: EnrollmentStatus): UserEnrollmentStatus[] {
  if (enrollmentStatusRefusal(current) !== null) return [];
  return USER_ENROLLMENT_STATUSES.filter((next) => next !== current);
}

/** Why a vendor cannot be asked for more experts, or null when it can. */
export function moreExpertsRefusal(vendorName: string, current: EnrollmentStatus) {
  return current === 'active' ? null : `${vendorName} is ${current}: resume the enrollment first`;
}
