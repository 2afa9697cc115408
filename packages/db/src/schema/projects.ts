import { index, integer, text, unique } from 'drizzle-orm/pg-core';
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
    ...timestamps(),
  },
  (t) => [
    ownerKey('projects', t),
    unique('projects_user_code_unique').on(t.userId, t.projectCode),
    // Target of the composite foreign keys that keep children inside one user.
    index('projects_user_order_idx').on(t.userId, t.displayOrder),
  ],
);
