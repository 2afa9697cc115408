import { foreignKey, index, jsonb, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { expertNetwork, ownerId } from './common';
import { experts } from './experts';

/**
 * The vendor simulator's truth: which real person each simulated proposal is
 * (the same key for the same person from several networks), and that
 * person's profile before a network formatted it. Written and read by the
 * simulator and by tests that measure the matcher; the app never reads it.
 */
export const simulatorPersonKeys = expertNetwork.table(
  'simulator_person_keys',
  {
    userId: ownerId(),
    expertId: uuid().notNull(),
    personKey: text().notNull(),
    /** The person as the simulator made them (name parts, title, company, ...). */
    person: jsonb().notNull(),
  },
  (t) => [
    primaryKey({ name: 'simulator_person_keys_pk', columns: [t.userId, t.expertId] }),
    index('simulator_person_keys_person_idx').on(t.userId, t.personKey),
    foreignKey({
      name: 'simulator_person_keys_expert_fk',
      columns: [t.expertId, t.userId],
      foreignColumns: [experts.id, experts.userId],
    }).onDelete('cascade'),
  ],
);
