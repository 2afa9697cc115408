import { z } from 'zod';
import { email, id, name, webUrl } from './common';

export const createTeamMemberInput = z.strictObject({
  name: name(),
  email: email.nullish(),
  designation: name(120).nullish(),
  avatarUrl: webUrl.max(2_000).nullish(),
});

export const updateTeamMemberInput = z.strictObject({
  id,
  name: name().optional(),
  email: email.nullish(),
  designation: name(120).nullish(),
  avatarUrl: webUrl.max(2_000).nullish(),
});

export const assignmentInput = z.strictObject({
  campaignId: id,
  teamMemberId: id,
  role: name(80).nullish(),
});
export const unassignInput = z.strictObject({ campaignId: id, teamMemberId: id });
export const forCampaignInput = z.strictObject({ campaignId: id });
