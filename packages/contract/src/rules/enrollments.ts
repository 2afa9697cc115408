/**
 * A vendor's enrollment in a campaign: pending until the vendor starts,
 * declined when the vendor says no (its answer stands); the user pauses and
 * resumes it (the input schema allows only those two).
 */
import {
  type CampaignStatus,
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

/**
 * What a vendor is doing for a campaign: its enrollment's status, except that
 * an active vendor of a campaign that is not running is paused with it (and
 * sources again when the campaign resumes).
 */
export function sourcingStatus(
  enrollment: EnrollmentStatus,
  campaign: CampaignStatus,
): EnrollmentStatus {
  return enrollment === 'active' && campaign !== 'active' ? 'paused' : enrollment;
}

/** Why a vendor cannot be asked for more experts, or null when it can. */
export function moreExpertsRefusal(
  vendorName: string,
  current: EnrollmentStatus,
  campaign: CampaignStatus = 'active',
) {
  if (campaign !== 'active') {
    return `The campaign is ${campaign}: resume it before asking ${vendorName} for more experts`;
  }
  return current === 'active' ? null : `${vendorName} is ${current}: resume the enrollment first`;
}
