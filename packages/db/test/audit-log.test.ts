/** The audit trail: written by triggers in the changing transaction, and append-only. */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../src/schema';
import { createTestDatabase, type TestDatabase } from '../src/testing';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.db
    .insert(s.user)
    .values({ id: 'carol', name: 'Carol', email: 'carol@example.com', emailVerified: true });
});
afterAll(() => db?.dispose());

const entriesOf = (rowId: string) =>
  db.db.select().from(s.auditLog).where(eq(s.auditLog.rowId, rowId)).orderBy(s.auditLog.id);

async function errorCode(write: Promise<unknown>): Promise<string | undefined> {
  try {
    await write;
  } catch (error) {
    const e = error as { code?: string; cause?: { code?: string } };
    return e.cause?.code ?? e.code;
  }
  return undefined;
}

async function newCampaign() {
  const [campaign] = await db.db
    .insert(s.campaigns)
    .values({ userId: 'carol', campaignName: 'Audit me', industryVertical: 'Software' })
    .returning();
  if (!campaign) throw new Error('no campaign');
  return campaign;
}

describe('audit log', () => {
  it('records an insert with the whole row, by "system" when no actor is named', async () => {
    const campaign = await newCampaign();
    const [entry] = await entriesOf(campaign.id);
    expect(entry).toMatchObject({
      userId: 'carol',
      actor: 'system',
      tableName: 'campaigns',
      action: 'insert',
      campaignId: campaign.id,
      before: null,
    });
    expect(entry?.after).toMatchObject({ campaign_name: 'Audit me', status: 'active' });
  });

  it("records an update's changed columns only, by the transaction's actor, and skips bookkeeping", async () => {
    const campaign = await newCampaign();
    await db.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.actor', 'carol', true)`);
      await tx.update(s.campaigns).set({ status: 'paused' }).where(eq(s.campaigns.id, campaign.id));
      await tx.update(s.campaigns).set({ displayOrder: 7 }).where(eq(s.campaigns.id, campaign.id));
    });
    const entries = await entriesOf(campaign.id);
    expect(entries.map((e) => [e.action, e.actor, e.before, e.after])).toEqual([
      ['insert', 'system', null, expect.any(Object)],
      ['update', 'carol', { status: 'active' }, { status: 'paused' }],
    ]);
  });

  it("leaves out the expert's search vector and vendor sort name, which triggers derive", async () => {
    const campaign = await newCampaign();
    const [expert] = await db.db
      .insert(s.experts)
      .values({ userId: 'carol', campaignId: campaign.id, name: 'Derived Dana', title: 'CFO' })
      .returning();
    if (!expert) throw new Error('no expert');
    await db.db.execute(
      sql`UPDATE expert_network.experts SET search_vector = to_tsvector('simple', 'x'), vendor_sort_name = 'x' WHERE id = ${expert.id}`,
    );
    const entries = await entriesOf(expert.id);
    expect(entries.map((e) => e.action)).toEqual(['insert']);
    expect(entries[0]?.after).toMatchObject({ name: 'Derived Dana' });
    expect(entries[0]?.after).not.toHaveProperty('search_vector');
    expect(entries[0]?.after).not.toHaveProperty('vendor_sort_name');
  });

  it('refuses UPDATE, DELETE and TRUNCATE of its entries, from the role the application uses', async () => {
    const campaign = await newCampaign();
    const before = await entriesOf(campaign.id);
    expect(
      await errorCode(
        db.db.update(s.auditLog).set({ actor: 'nobody' }).where(eq(s.auditLog.rowId, campaign.id)),
      ),
    ).toBe('42501');
    expect(await errorCode(db.db.delete(s.auditLog).where(eq(s.auditLog.rowId, campaign.id)))).toBe(
      '42501',
    );
    expect(await errorCode(db.db.execute(sql`TRUNCATE expert_network.audit_log`))).toBe('42501');
    expect(await entriesOf(campaign.id)).toEqual(before);
  });

  it('outlives the account: deleting a user records the cascade and keeps the history', async () => {
    await db.db
      .insert(s.user)
      .values({ id: 'dave', name: 'Dave', email: 'dave@example.com', emailVerified: true });
    const [campaign] = await db.db
      .insert(s.campaigns)
      .values({ userId: 'dave', campaignName: 'Gone soon', industryVertical: 'Retail' })
      .returning();
    await db.db.delete(s.user).where(eq(s.user.id, 'dave'));
    const entries = await entriesOf(campaign!.id);
    expect(entries.map((e) => e.action)).toEqual(['insert', 'delete']);
    expect(entries[1]?.before).toMatchObject({ campaign_name: 'Gone soon' });
  });
});
