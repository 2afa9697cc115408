/** The shared compliance check: rules from the database, the result stored on each expert. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUncheckedExperts } from '../src/compliance';
import * as s from '../src/schema';
import { createTestDatabase, type TestDatabase } from '../src/testing';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.db
    .insert(s.user)
    .values({ id: 'erin', name: 'Erin', email: 'erin@example.com', emailVerified: true });
});
afterAll(() => db?.dispose());

describe('checkUncheckedExperts', () => {
  it("checks experts written without a check against their project's rules, and only those", async () => {
    const [project] = await db.db
      .insert(s.projects)
      .values({ userId: 'erin', projectCode: 'P', projectName: 'P' })
      .returning();
    await db.db
      .insert(s.projectComplianceRules)
      .values({ userId: 'erin', projectId: project!.id, targetCompany: 'Acme Corp' });
    const [campaign] = await db.db
      .insert(s.campaigns)
      .values({ userId: 'erin', projectId: project!.id, campaignName: 'C', industryVertical: 'I' })
      .returning();
    const history = [{ company: 'ACME Corporation', title: 'VP', from: '2020-01', to: null }];
    const [legacy] = await db.db
      .insert(s.experts)
      .values({ userId: 'erin', campaignId: campaign!.id, name: 'Old', workHistory: history })
      .returning();
    expect(legacy?.complianceStatus).toBe('unchecked');

    expect(await checkUncheckedExperts(db.db)).toBe(1);
    const [after] = await db.db.select().from(s.experts).where(eq(s.experts.id, legacy!.id));
    expect(after?.complianceStatus).toBe('blocked');
    expect(after?.complianceReasons.map((r) => r.code)).toEqual([
      'current_target_employee',
      'missing_attestation',
    ]);
    expect(await checkUncheckedExperts(db.db)).toBe(0);
  });
});
