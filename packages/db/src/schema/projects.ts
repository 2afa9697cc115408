import { sql } from 'drizzle-orm';
import { check, index, integer, text, unique } from 'drizzle-orm/pg-core';
import { expertNetwork, ownedId, ownerId, ownerKey, timestamps } from './common';

export const projects = expertNetwork.table(
  'projects',
  {
    id: ownedId(),
    userId: ownerId(),
    projectCode: text().notNull(),
    projectName: text().notNull(),
    description: text(),
    displayOrder: integer().notNull().default(0),
    // Optional: what the project's calls may cost in all, in cents (of the calls' currency).
    budgetCents: integer(),
    ...timestamps(),
  },
  (t) => [
    ownerKey('projects', t),
    unique('projects_user_code_unique').on(t.userId, t.projectCode),
    index('projects_user_order_idx').on(t.userId, t.displayOrder),
    check('projects_budget_positive', sql`${t.budgetCents} > 0`),
  ],
);
