/** Relations for Drizzle's relational queries (`db.query.*.findMany({ with })`). */
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
  project: one(projects, { fields: [campaigns.projectId], references: [projects.id] }),
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
    fields: [campaignVendorEnrollments.campaignId],
    references: [campaigns.id],
  }),
  vendorPlatform: one(vendorPlatforms, {
    fields: [campaignVendorEnrollments.vendorPlatformId],
    references: [vendorPlatforms.id],
  }),
}));

export const expertsRelations = relations(experts, ({ one, many }) => ({
  campaign: one(campaigns, { fields: [experts.campaignId], references: [campaigns.id] }),
  vendorPlatform: one(vendorPlatforms, {
    fields: [experts.vendorPlatformId],
    references: [vendorPlatforms.id],
  }),
  responses: many(expertScreeningResponses),
  interviews: many(interviews),
}));

export const screeningQuestionsRelations = relations(screeningQuestions, ({ one, many }) => ({
  campaign: one(campaigns, {
    fields: [screeningQuestions.campaignId],
    references: [campaigns.id],
  }),
  parent: one(screeningQuestions, {
    fields: [screeningQuestions.parentQuestionId],
    references: [screeningQuestions.id],
    relationName: 'follow_ups',
  }),
  followUps: many(screeningQuestions, { relationName: 'follow_ups' }),
  responses: many(expertScreeningResponses),
}));

export const responsesRelations = relations(expertScreeningResponses, ({ one }) => ({
  expert: one(experts, {
    fields: [expertScreeningResponses.expertId],
    references: [experts.id],
  }),
  question: one(screeningQuestions, {
    fields: [expertScreeningResponses.screeningQuestionId],
    references: [screeningQuestions.id],
  }),
}));

export const interviewsRelations = relations(interviews, ({ one }) => ({
  campaign: one(campaigns, { fields: [interviews.campaignId], references: [campaigns.id] }),
  expert: one(experts, { fields: [interviews.expertId], references: [experts.id] }),
  teamMember: one(teamMembers, {
    fields: [interviews.teamMemberId],
    references: [teamMembers.id],
  }),
}));

export const teamMembersRelations = relations(teamMembers, ({ many }) => ({
  assignments: many(campaignTeamAssignments),
  interviews: many(interviews),
}));

export const assignmentsRelations = relations(campaignTeamAssignments, ({ one }) => ({
  campaign: one(campaigns, {
    fields: [campaignTeamAssignments.campaignId],
    references: [campaigns.id],
  }),
  teamMember: one(teamMembers, {
    fields: [campaignTeamAssignments.teamMemberId],
    references: [teamMembers.id],
  }),
}));
