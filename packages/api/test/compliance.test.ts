/** Compliance on a real database: checks on arrival and on every change of rules, the gate, approvals, the audit trail. */
import type { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, errorCodeOf, type TestUser } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
let user: TestUser;
let project: { id: string };
let campaign: { id: string };

beforeAll(async () => {
  api = await createTestApi();
  user = await api.signUp('Compliance Officer');
  project = await user.caller.project.create({
    projectName: 'Acme diligence',
    projectCode: 'ACME',
  });
  campaign = await user.caller.campaign.create({
    projectId: project.id,
    campaignName: 'Acme customers',
    industryVertical: 'Technology',
  });
  await user.caller.compliance.updateRules({
    projectId: project.id,
    targetCompany: 'Acme Corporation',
    competitors: ['Globex'],
  });
});
afterAll(() => api?.dispose());

const monthsAgo = (n: number) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - n, 1);
  return d.toISOString().slice(0, 7);
};

function addExpert(name: string, company: string, to: string | null, attestationReceived = true) {
  return user.caller.expert.create({
    campaignId: campaign.id,
    name,
    company,
    workHistory: [{ company, title: 'Director', from: '2015-01', to }],
    attestationReceived,
  });
}

const book = (expertId: string) =>
  user.caller.interview.schedule({
    expertId,
    scheduledAt: new Date(Date.now() + 3 * 86_400_000),
    timezone: 'UTC',
  });

async function messageOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    return { code: (error as TRPCError).code, message: (error as Error).message };
  }
  throw new Error('expected the call to fail');
}

describe('checks', () => {
  it('checks an expert on arrival and stores status, reasons and when', async () => {
    const current = await addExpert('Carl Current', 'ACME Corp.', null);
    expect(current.complianceStatus).toBe('blocked');
    expect(current.complianceReasons.map((r) => r.code)).toEqual(['current_target_employee']);
    expect(current.complianceCheckedAt).toBeInstanceOf(Date);

    const recent = await addExpert('Rita Recent', 'Acme, Inc.', monthsAgo(2));
    expect(recent.complianceStatus).toBe('blocked');
    expect(recent.complianceReasons[0]?.message).toContain('cooling-off period of 6 months');

    const rival = await addExpert('Gina Globex', 'Globex Inc', null, false);
    expect(rival.complianceStatus).toBe('flagged');
    expect(rival.complianceReasons.map((r) => r.code)).toEqual([
      'current_competitor_employee',
      'missing_attestation',
    ]);
    expect((await addExpert('Nora Neutral', 'Northwind', null)).complianceStatus).toBe('clear');
  });

  it('re-checks the project’s experts when its rules change, in the same call', async () => {
    const recent = await addExpert('Ray Rules', 'Acme', monthsAgo(2));
    expect(recent.complianceStatus).toBe('blocked');
    const { rechecked } = await user.caller.compliance.updateRules({
      projectId: project.id,
      coolingOffMonths: 1,
    });
    expect(rechecked.checked).toBeGreaterThan(0);
    expect((await user.caller.expert.byId({ id: recent.id })).complianceStatus).toBe('clear');
    await user.caller.compliance.updateRules({ projectId: project.id, coolingOffMonths: 6 });
    expect((await user.caller.expert.byId({ id: recent.id })).complianceStatus).toBe('blocked');
  });

  it('re-checks every expert when the do-not-contact list changes', async () => {
    const dana = await addExpert('Dana Listed', 'Initrode', null);
    expect(dana.complianceStatus).toBe('clear');
    const { entry } = await user.caller.compliance.addDoNotContact({
      kind: 'company',
      name: 'Initrode LLC',
    });
    const listed = await user.caller.expert.byId({ id: dana.id });
    expect(listed.complianceStatus).toBe('blocked');
    expect(listed.complianceReasons[0]?.code).toBe('do_not_contact_company');
    const again = await messageOf(
      user.caller.compliance.addDoNotContact({ kind: 'company', name: 'INITRODE llc' }),
    );
    expect(again).toEqual({
      code: 'CONFLICT',
      message: 'name: INITRODE llc is already on your do-not-contact list',
    });
    await user.caller.compliance.removeDoNotContact({ id: entry.id });
    expect((await user.caller.expert.byId({ id: dana.id })).complianceStatus).toBe('clear');
  });

  it('gives a project without stored rules the defaults', async () => {
    const other = await user.caller.project.create({ projectName: 'Fresh' });
    expect(await user.caller.compliance.rules({ projectId: other.id })).toMatchObject({
      targetCompany: null,
      blockCurrentTargetEmployees: true,
      coolingOffMonths: 6,
      flagCurrentCompetitorEmployees: true,
      blockGovernmentOfficials: true,
    });
  });
});

describe('the gate', () => {
  it('neither shortlists nor books a blocked expert, and says why', async () => {
    const blocked = await addExpert('Bea Blocked', 'Acme Corporation', null);
    const shortlist = await messageOf(
      user.caller.expert.update({ id: blocked.id, status: 'shortlisted' }),
    );
    expect(shortlist.code).toBe('PRECONDITION_FAILED');
    expect(shortlist.message).toMatch(
      /Bea Blocked is blocked by compliance and cannot be shortlisted/,
    );
    expect(shortlist.message).toContain("the project's target company");
    expect((await messageOf(book(blocked.id))).code).toBe('PRECONDITION_FAILED');
    expect((await user.caller.expert.byId({ id: blocked.id })).status).toBe('proposed');
    expect((await user.caller.interview.list({ campaignId: campaign.id })).items).toEqual([]);
  });

  it('books a flagged expert only after an approval with a reason, recording who and when', async () => {
    const flagged = await addExpert('Fred Flagged', 'Globex', null);
    await user.caller.expert.update({ id: flagged.id, status: 'shortlisted' });
    const refused = await messageOf(book(flagged.id));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.message).toContain('approve them with a reason before booking');

    expect(
      await errorCodeOf(user.caller.compliance.approve({ expertId: flagged.id, reason: '   ' })),
    ).toBe('BAD_REQUEST');
    const approval = await user.caller.compliance.approve({
      expertId: flagged.id,
      reason: 'Former sales role only; legal cleared on 1 Dec',
    });
    expect(approval).toMatchObject({
      approvedBy: user.userId,
      reason: expect.stringContaining('legal'),
    });
    expect(approval?.approvedAt).toBeInstanceOf(Date);
    const [listed] = await user.caller.compliance.approvals({ expertId: flagged.id });
    expect(listed?.current).toBe(true);
    expect(listed?.approvedByName).toBe('Compliance Officer');

    const call = await book(flagged.id);
    expect(call.expertComplianceStatus).toBe('flagged');
  });

  it('needs a new approval when a new reason appears', async () => {
    const flagged = await addExpert('Nina New', 'Globex', null);
    await user.caller.compliance.approve({ expertId: flagged.id, reason: 'Competitor, ok' });
    await user.caller.compliance.updateRules({
      projectId: project.id,
      sensitiveCompanies: ['Globex'],
    });
    expect((await messageOf(book(flagged.id))).code).toBe('PRECONDITION_FAILED');
    expect((await user.caller.compliance.approvals({ expertId: flagged.id }))[0]?.current).toBe(
      false,
    );
    await user.caller.compliance.updateRules({ projectId: project.id, sensitiveCompanies: [] });
  });

  it('refuses to approve a blocked or a clear expert', async () => {
    const blocked = await addExpert('Bo Blocked', 'Acme', null);
    expect(
      await errorCodeOf(user.caller.compliance.approve({ expertId: blocked.id, reason: 'Please' })),
    ).toBe('PRECONDITION_FAILED');
    const clear = await addExpert('Cleo Clear', 'Northwind', null);
    expect(
      await errorCodeOf(user.caller.compliance.approve({ expertId: clear.id, reason: 'Why not' })),
    ).toBe('BAD_REQUEST');
  });

  it('keeps a booked call whose expert becomes blocked, and shows it', async () => {
    const expert = await addExpert('Walt Westwind', 'Westwind', null);
    const call = await book(expert.id);
    const { entry } = await user.caller.compliance.addDoNotContact({
      kind: 'person',
      name: 'walt westwind',
    });
    const after = await user.caller.interview.byId({ id: call.id });
    expect(after.status).toBe('scheduled');
    expect(after.expertComplianceStatus).toBe('blocked');
    // Moving it books it again: refused as a booking is.
    await expect(
      user.caller.interview.reschedule({
        id: call.id,
        scheduledAt: new Date(Date.now() + 5 * 86_400_000),
      }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringContaining(
        'Walt Westwind is blocked by compliance and cannot be booked.',
      ),
    });
    await user.caller.compliance.removeDoNotContact({ id: entry.id });
  });
});

describe('audit trail', () => {
  it("records a booked call's history by the user, in order, with before and after", async () => {
    const expert = await addExpert('Hana History', 'Northwind', null);
    await user.caller.expert.update({ id: expert.id, status: 'shortlisted' });
    const call = await book(expert.id);
    await user.caller.interview.cancel({ id: call.id, reason: 'Expert travelling' });

    const history = await user.caller.audit.expert({ expertId: expert.id });
    const steps = history
      .slice()
      .reverse()
      .map((e) => [e.tableName, e.action, e.before, e.after && pick(e.after, e.before)]);
    expect(steps).toEqual([
      ['experts', 'insert', null, null],
      ['experts', 'update', { compliance_status: 'unchecked' }, null],
      ['experts', 'update', { status: 'proposed' }, { status: 'shortlisted' }],
      ['interviews', 'insert', null, null],
      ['experts', 'update', { status: 'shortlisted' }, { status: 'scheduled' }],
      [
        'interviews',
        'update',
        expect.objectContaining({ status: 'scheduled' }),
        { status: 'cancelled' },
      ],
      ['experts', 'update', { status: 'scheduled' }, { status: 'shortlisted' }],
    ]);
    for (const entry of history) {
      expect(entry.actor).toBe(user.userId);
      expect(entry.actorName).toBe('Compliance Officer');
    }
  });

  it('shows every change in the campaign’s history and exports it as CSV', async () => {
    const history = await user.caller.audit.campaign({ campaignId: campaign.id });
    expect(history.some((e) => e.tableName === 'campaigns' && e.action === 'insert')).toBe(true);
    expect(history.some((e) => e.tableName === 'expert_approvals')).toBe(true);
    // Every write the API made names the user, none is anonymous.
    expect(history.filter((e) => e.actor !== user.userId)).toEqual([]);

    const { csv, filename } = await user.caller.audit.campaignCsv({ campaignId: campaign.id });
    expect(filename).toMatch(/\.csv$/);
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('at,actor,actor_name,table,action,row_id,before,after');
    expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2}T.*,campaigns,insert,/);
    expect(lines.length).toBeGreaterThanOrEqual(history.length + 1);
  });
});

/** The keys of `after` that `before` also has (an update's changed columns; an insert's row is left out). */
function pick(after: Record<string, unknown>, before: Record<string, unknown> | null) {
  if (!before) return null;
  const keys = Object.keys(before).filter((k) => k === 'status');
  return keys.length ? Object.fromEntries(keys.map((k) => [k, after[k]])) : null;
}
