/**
 * Relations for Drizzle's relational queries (`db.query.*.findMany({ with })`).
 * Between user-owned tables they pair user_id too: no join crosses users.
 */
import { relations } from 'drizzle-orm';
import { campaigns, campaignVendorEnrollments } from './campaigns';
import { experts } from './experts';
import { interviews } from './interviews';
import { projects } from './projects';
import { expertScreeningResponses, screeningQuestions } from './screening';
import { campaignTeamAssignments, teamMembers } from './team';
import { vendorPlatforms } from './vendors';

export const projectsRelations = relations(projects, ({ many }) => ({
  campaigns: many(campaigns),
}));

export const campaignsRelations = relations(campaigns, ({ one, many }) => ({
  project: one(projects, {
    fields: [campaigns.projectId, campaigns.userId],
    references: [projects.id, projects.userId],
  }),
  enrollments: many(campaignVendorEnrollments),
  experts: many(experts),
  interviews: many(interviews),
  screeningQuestions: many(screeningQuestions),
  teamAssignments: many(campaignTeamAssignments),
}));

export const vendorPlatformsRelations = relations(vendorPlatforms, ({ many }) => ({
  enrollments: many(campaignVendorEnrollments),
  experts: many(experts),
}));

export const enrollmentsRelations = relations(campaignVendorEnrollments, ({ one }) => ({
  campaign: one(campaigns, {
    fields: [campaignVendorEnrollments.campaignId, campaignVendorEnrollments.userId],
    references: [campaigns.id, campaigns.userId],
  }),
  vendorPlatform: one(vendorPlatforms, {
    fields: [campaignVendorEnrollments.vendorPlatformId],
    references: [vendorPlatforms.id],
  }),
}));

export const expertsRelations = relations(experts, ({ one, many }) => ({
  campaign: one(campaigns, {
    fields: [experts.campaignId, experts.userId],
    references: [campaigns.id, campaigns.userId],
  }),
  vendorPlatform: one(vendorPlatforms, {
    fields: [experts.vendorPlatformId],
    references: [vendorPlatforms.id],
  }),
  responses: many(expertScreeningResponses),
  interviews: many(interviews),
}));

export const screeningQuestionsRelations = relations(screeningQuestions, ({ one, many }) => ({
  campaign: one(campaigns, {
    fields: [screeningQuestions.campaignId, screeningQuestions.userId],
    references: [campaigns.id, campaigns.userId],
  }),
  parent: one(screeningQuestions, {
    fields: [screeningQuestions.parentQuestionId, screeningQuestions.userId],
    references: [screeningQuestions.id, screeningQuestions.userId],
    relationName: 'follow_ups',
  }),
  followUps: many(screeningQuestions, { relationName: 'follow_ups' }),
  responses: many(expertScreeningResponses),
}));

export const responsesRelations = relations(expertScreeningResponses, ({ one }) => ({
  expert: one(experts, {
    fields: [expertScreeningResponses.expertId, expertScreeningResponses.userId],
    references: [experts.id, experts.userId],
  }),
  question: one(screeningQuestions, {
    fields: [expertScreeningResponses.screeningQuestionId, expertScreeningResponses.userId],
    references: [screeningQuestions.id, screeningQuestions.userId],
  }),
}));

export const interviewsRelations = relations(interviews, ({ one }) => ({
  campaign: one(campaigns, {
    fields: [interviews.campaignId, interviews.userId],
    references: [campaigns.id, campaigns.userId],
  }),
  expert: one(experts, {
    fields: [interviews.expertId, interviews.userId],
    references: [experts.id, experts.userId],
  }),
  teamMember: one(teamMembers, {
    fields: [interviews.teamMemberId, interviews.userId],
    references: [teamMembers.id, teamMembers.userId],
  }),
}));

export const teamMembersRelations = relations(teamMembers, ({ many }) => ({
  assignments: many(campaignTeamAssignments),
  interviews: many(interviews),
}));

export const assignmentsRelations = relations(campaignTeamAssignments, ({ one }) => ({
  campaign: one(campaigns, {
    fields: [campaignTeamAssignments.campaignId, campaignTeamAssignments.userId],
    references: [campaigns.id, campaigns.userId],
  }),
  teamMember: one(teamMembers, {
    fields: [campaignTeamAssignments.teamMemberId, campaignTeamAssignments.userId],
    references: [teamMembers.id, teamMembers.userId],
  }),
}));
