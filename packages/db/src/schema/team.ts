import { foreignKey, index, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { expertNetwork, ownedId, ownerId, ownerKey, timestamps } from './common';

/** The people of a user's team who run calls. */
export const teamMembers = expertNetwork.table(
  'team_members',
  {
    id: ownedId(),
    userId: ownerId(),
    name: text().notNull(),
    email: text(),
    designation: text(),
    avatarUrl: text(),
    // The member's id in the original app's browser storage, when imported from it.
    legacyId: text(),
    ...timestamps(),
  },
  (t) => [
    ownerKey('team_members', t),
    unique('team_members_user_legacy_id_unique').on(t.userId, t.legacyId),
    unique('team_members_user_email_unique').on(t.userId, t.email),
    index('team_members_user_name_idx').on(t.userId, t.name),
  ],
);

export const campaignTeamAssignments = expertNetwork.table(
  'campaign_team_assignments',
  {
    id: ownedId(),
    userId: ownerId(),
    campaignId: uuid().notNull(),
    teamMemberId: uuid().notNull(),
    role: text(),
    assignedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    ownerKey('campaign_team_assignments', t),
    unique('campaign_team_assignments_pair_unique').on(t.userId, t.campaignId, t.teamMemberId),
    index('campaign_team_assignments_member_idx').on(t.teamMemberId),
    foreignKey({
      name: 'campaign_team_assignments_campaign_fk',
      columns: [t.campaignId, t.userId],
      foreignColumns: [campaigns.id, campaigns.userId],
    }).onDelete('cascade'),
    foreignKey({
      name: 'campaign_team_assignments_member_fk',
      columns: [t.teamMemberId, t.userId],
      foreignColumns: [teamMembers.id, teamMembers.userId],
    }).onDelete('cascade'),
  ],
);
