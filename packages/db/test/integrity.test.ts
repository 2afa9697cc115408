import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../src/schema';
import { createTestDatabase, type TestDatabase } from '../src/testing';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.db.insert(s.user).values([
    { id: 'alice', name: 'Alice', email: 'alice@example.com', emailVerified: true },
    { id: 'bob', name: 'Bob', email: 'bob@example.com', emailVerified: true },
  ]);
});
afterAll(() => db?.dispose());

/** The Postgres error code a failing write raises (drizzle wraps the driver's error). */
async function errorCode(write: Promise<unknown>): Promise<string | undefined> {
  try {
    await write;
  } catch (error) {
    const e = error as { code?: string; cause?: { code?: string } };
    return e.cause?.code ?? e.code;
  }
  return undefined;
}

async function campaignOf(userId: string) {
  const [campaign] = await db.db
    .insert(s.campaigns)
    .values({ userId, campaignName: `${userId} DD`, industryVertical: 'Software' })
    .returning();
  if (!campaign) throw new Error('no campaign');
  return campaign;
}

describe('data integrity', () => {
  it("rejects a row of one user that points at another user's campaign", async () => {
    const alices = await campaignOf('alice');
    const code = await errorCode(
      db.db.insert(s.experts).values({ userId: 'bob', campaignId: alices.id, name: 'Sneaky' }),
    );
    expect(code).toBe('23503'); // foreign_key_violation
    const rows = await db.db.select().from(s.experts).where(eq(s.experts.name, 'Sneaky'));
    expect(rows).toEqual([]);
  });

  it('rejects an interview whose expert belongs to another campaign', async () => {
    const first = await campaignOf('alice');
    const second = await campaignOf('alice');
    const [expert] = await db.db
      .insert(s.experts)
      .values({ userId: 'alice', campaignId: first.id, name: 'Grace' })
      .returning();
    const code = await errorCode(
      db.db.insert(s.interviews).values({
        userId: 'alice',
        campaignId: second.id,
        expertId: expert!.id,
        scheduledAt: new Date(),
        timezone: 'Europe/London',
      }),
    );
    expect(code).toBe('23503');
  });

  it('enforces one enrollment per campaign and vendor', async () => {
    const campaign = await campaignOf('alice');
    const [vendor] = await db.db.select().from(s.vendorPlatforms).limit(1);
    const enrollment = { userId: 'alice', campaignId: campaign.id, vendorPlatformId: vendor!.id };
    await db.db.insert(s.campaignVendorEnrollments).values(enrollment);
    expect(await errorCode(db.db.insert(s.campaignVendorEnrollments).values(enrollment))).toBe(
      '23505',
    );
  });

  it('rejects min_calls above max_calls and a start after the target date', async () => {
    const base = { userId: 'alice', campaignName: 'X', industryVertical: 'Y' };
    expect(
      await errorCode(db.db.insert(s.campaigns).values({ ...base, minCalls: 9, maxCalls: 3 })),
    ).toBe('23514');
    expect(
      await errorCode(
        db.db
          .insert(s.campaigns)
          .values({ ...base, startDate: '2026-03-01', targetCompletionDate: '2026-02-01' }),
      ),
    ).toBe('23514');
  });

  it('sets updated_at on update', async () => {
    const campaign = await campaignOf('alice');
    const [updated] = await db.db
      .update(s.campaigns)
      .set({ campaignName: 'Renamed' })
      .where(eq(s.campaigns.id, campaign.id))
      .returning();
    expect(updated!.updatedAt.getTime()).toBeGreaterThan(campaign.updatedAt.getTime());
  });

  it("deletes a user's rows with the user", async () => {
    await db.db.insert(s.user).values({
      id: 'carol',
      name: 'Carol',
      email: 'carol@example.com',
      emailVerified: false,
    });
    const campaign = await campaignOf('carol');
    await db.db.insert(s.experts).values({ userId: 'carol', campaignId: campaign.id, name: 'E' });
    await db.db.delete(s.user).where(eq(s.user.id, 'carol'));
    expect(await db.db.select().from(s.campaigns).where(eq(s.campaigns.userId, 'carol'))).toEqual(
      [],
    );
    expect(await db.db.select().from(s.experts).where(eq(s.experts.userId, 'carol'))).toEqual([]);
  });
});

describe("a call carries its expert's network", () => {
  it('from booking, whatever the writer sends, and follows the expert when their network changes', async () => {
    const campaign = await campaignOf('alice');
    const [glg, tegus] = await db.db.select().from(s.vendorPlatforms).limit(2);
    const [expert] = await db.db
      .insert(s.experts)
      .values({ userId: 'alice', campaignId: campaign.id, name: 'Hedy', vendorPlatformId: glg!.id })
      .returning();
    const [call] = await db.db
      .insert(s.interviews)
      .values({
        userId: 'alice',
        campaignId: campaign.id,
        expertId: expert!.id,
        scheduledAt: new Date(),
        timezone: 'UTC',
        // Not the expert's: the trigger keeps the copy true.
        vendorPlatformId: tegus!.id,
      })
      .returning();
    expect(call!.vendorPlatformId).toBe(glg!.id);
    await db.db
      .update(s.experts)
      .set({ vendorPlatformId: tegus!.id })
      .where(eq(s.experts.id, expert!.id));
    const [moved] = await db.db
      .select({ vendorPlatformId: s.interviews.vendorPlatformId })
      .from(s.interviews)
      .where(eq(s.interviews.id, call!.id));
    expect(moved!.vendorPlatformId).toBe(tegus!.id);
  });
});
