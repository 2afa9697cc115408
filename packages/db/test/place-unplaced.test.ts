/**
 * Experts stored before person matching (or adopted from the original app) are
 * matched once, at start-up, in the order they arrived; the user's own
 * decisions stay as they are.
 */
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeUnplacedExperts } from '../src/matching';
import * as s from '../src/schema';
import { createTestDatabase, type TestDatabase } from '../src/testing';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.db
    .insert(s.user)
    .values({ id: 'ines', name: 'Ines', email: 'ines@example.com', emailVerified: true });
});
afterAll(() => db?.dispose());

const career = [
  { company: 'Nordfrakt Logistics AS', title: 'VP Operations', from: '2019-04', to: null },
];
const ingrid = {
  title: 'VP, Operations',
  company: 'Nordfrakt Logistics AS',
  geography: 'Oslo, Norway',
  workHistory: career,
};

describe('placeUnplacedExperts', () => {
  it('groups one person offered by several networks, oldest first, and leaves decided ones alone', async () => {
    const vendors = await db.db.select().from(s.vendorPlatforms).limit(4);
    const [one, two] = await db.db
      .insert(s.campaigns)
      .values([
        { userId: 'ines', campaignName: 'Freight 2024', industryVertical: 'Logistics' },
        { userId: 'ines', campaignName: 'Freight 2025', industryVertical: 'Logistics' },
      ])
      .returning();
    const at = (day: number) => new Date(Date.UTC(2024, 0, day));
    const stored = await db.db
      .insert(s.experts)
      .values(
        [
          {
            ...ingrid,
            name: 'Dr. Ingrid M. Solberg',
            vendorPlatformId: vendors[0]!.id,
            campaignId: one!.id,
            createdAt: at(1),
          },
          {
            ...ingrid,
            name: 'Ingrid Solberg',
            title: 'Vice President of Operations',
            company: 'Nordfrakt Logistics',
            vendorPlatformId: vendors[1]!.id,
            campaignId: one!.id,
            createdAt: at(2),
          },
          // Spoken to again for a later campaign, through a third network.
          {
            ...ingrid,
            name: 'Ingrid Solberg',
            vendorPlatformId: vendors[2]!.id,
            campaignId: two!.id,
            createdAt: at(3),
          },
          // The user said this one is someone else before it was placed: never moved.
          {
            ...ingrid,
            name: 'Ingrid Solberg',
            vendorPlatformId: vendors[3]!.id,
            campaignId: two!.id,
            createdAt: at(4),
            personDecidedByUser: true,
          },
          // Same last name, another person.
          {
            name: 'Marcus Solberg',
            title: 'CFO',
            company: 'Havbruk ASA',
            vendorPlatformId: vendors[0]!.id,
            campaignId: two!.id,
            createdAt: at(5),
          },
        ].map((e) => ({ personPlaced: false, ...e, userId: 'ines' })),
      )
      .returning();
    const ids = stored.map((e) => e.id);
    const read = async () => {
      const now = await db.db.select().from(s.experts).where(inArray(s.experts.id, ids));
      return ids.map((id) => now.find((e) => e.id === id)!);
    };
    const [first, second, third, decided, other] = stored;

    expect(await placeUnplacedExperts(db.db)).toBe(2);
    const after = await read();
    expect(after.map((e) => e.personId)).toEqual([
      first!.personId,
      first!.personId,
      first!.personId,
      decided!.personId,
      other!.personId,
    ]);
    expect(after.every((e) => e.personPlaced)).toBe(true);
    expect(after[1]!.matchKey).toBe('solberg ingrid');

    // Joining a person is recorded, as the system's change; the flag alone is not.
    const audit = await db.db.select().from(s.auditLog).where(inArray(s.auditLog.expertId, ids));
    const updates = audit.filter((a) => a.action === 'update');
    expect(updates.map((a) => a.expertId).sort()).toEqual([second!.id, third!.id].sort());
    expect(
      updates.every(
        (a) => a.actor === 'system' && Object.keys(a.after ?? {}).join() === 'person_id',
      ),
    ).toBe(true);

    // Once placed, never again: a second start changes nothing.
    expect(await placeUnplacedExperts(db.db)).toBe(0);
    expect((await read()).map((e) => e.personId)).toEqual(after.map((e) => e.personId));
    const [row] = await db.db.select().from(s.experts).where(eq(s.experts.id, third!.id));
    expect(row?.personId).toBe(first!.personId);
  });
});
