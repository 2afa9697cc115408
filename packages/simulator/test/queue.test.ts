/**
 * The work queue under contention, on a real PostgreSQL server (a server of the
 * test's own without DATABASE_URL): leases, claims by many workers at once,
 * retries with backoff, giving up, and a generator that throws.
 */
import { createDbClient } from '@expert-network/db';
import { startTogether, waitFor } from '@expert-network/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDefaultGenerator } from '../src/generator/default-generator';
import type { ExpertGenerator } from '../src/generator/types';
import { batchDelayMs, batchSize, targetExperts } from '../src/pace';
import { type Claim, claimDueRequests, fulfil, planNewRequests, retryLater } from '../src/sourcing';
import { generatorFor, startSimulator } from '../src/worker';
import { request as generationRequest } from './fixtures';
import { type Caller, cloudSecurityCampaign, createWorld, FAST, silentLogger } from './harness';

let world: Awaited<ReturnType<typeof createWorld>>;
let caller: Caller;
beforeAll(async () => {
  world = await createWorld({ concurrent: true });
  caller = await world.user('Queue');
});
afterAll(() => world?.db.dispose());

const MINUTE = 60_000;
const db = () => world.db.db;

type RequestRow = {
  id: string;
  status: string;
  lease_token: string | null;
  attempts: number;
  due_at: string | null;
  last_error: string | null;
};

function sql<Row>(text: string, params: unknown[] = []) {
  return world.db.withSession((q) => q<Row>(text, params));
}

async function request(id: string) {
  const [row] = await sql<RequestRow>(
    'SELECT id, status, lease_token, attempts, due_at, last_error FROM expert_network.sourcing_requests WHERE id = $1',
    [id],
  );
  return { ...row!, dueAt: row!.due_at ? new Date(row!.due_at).getTime() : null };
}

/** A campaign whose one vendor's first request is due now; returns that request's id. */
async function oneDueRequest() {
  const campaign = await cloudSecurityCampaign(caller, 1);
  await planNewRequests(db(), FAST);
  await sql(
    `UPDATE expert_network.sourcing_requests r SET due_at = now() - interval '1 second'
     FROM expert_network.campaign_vendor_enrollments e
     WHERE e.id = r.enrollment_id AND e.campaign_id = $1`,
    [campaign.id],
  );
  const [row] = await sql<{ id: string }>(
    `SELECT r.id FROM expert_network.sourcing_requests r
     JOIN expert_network.campaign_vendor_enrollments e ON e.id = r.enrollment_id
     WHERE e.campaign_id = $1`,
    [campaign.id],
  );
  return { campaignId: campaign.id, requestId: row!.id };
}

/** Ends every open request, so a test claims only its own. */
async function closeOpenRequests() {
  await sql(
    `UPDATE expert_network.sourcing_requests SET status = 'cancelled', lease_token = NULL
     WHERE status IN ('pending', 'running')`,
  );
}

/** The lease ran out (the worker died or stalled). */
const expireLease = (id: string) =>
  sql(
    `UPDATE expert_network.sourcing_requests SET lease_expires_at = now() - interval '1 second' WHERE id = $1`,
    [id],
  );

async function expertsOf(campaignId: string) {
  const [row] = await sql<{ n: number }>(
    'SELECT count(*)::int AS n FROM expert_network.experts WHERE campaign_id = $1',
    [campaignId],
  );
  return row!.n;
}

async function claimOnly(requestId: string): Promise<Claim> {
  const claims = await claimDueRequests(db(), 10, MINUTE);
  expect(claims.map((c) => c.id)).toEqual([requestId]);
  return claims[0]!;
}

describe('leases', () => {
  it("a stale worker's delivery is refused once another took its lease over; the new holder delivers", async () => {
    await closeOpenRequests();
    const { campaignId, requestId } = await oneDueRequest();
    const stale = await claimOnly(requestId);
    expect(await claimDueRequests(db(), 10, MINUTE)).toEqual([]);

    await expireLease(requestId);
    const current = await claimOnly(requestId);
    expect(current.leaseToken).not.toBe(stale.leaseToken);
    expect(current.attempts).toBe(stale.attempts + 1);

    const generator = createDefaultGenerator();
    expect((await fulfil(db(), generator, FAST, stale)).outcome).toBe('lease-lost');
    expect(await expertsOf(campaignId)).toBe(0);
    expect(await request(requestId)).toMatchObject({
      status: 'running',
      lease_token: current.leaseToken,
    });

    const delivered = await fulfil(db(), generator, FAST, current);
    expect(delivered.outcome).toBe('delivered');
    expect(await expertsOf(campaignId)).toBe(delivered.experts);
    expect((await request(requestId)).status).toBe('done');
  });

  it("a stale worker's retry leaves the request to the worker that holds it", async () => {
    await closeOpenRequests();
    const { requestId } = await oneDueRequest();
    const stale = await claimOnly(requestId);
    await expireLease(requestId);
    const current = await claimOnly(requestId);
    await retryLater(db(), stale, new Error('stale worker failed'));
    expect(await request(requestId)).toMatchObject({
      status: 'running',
      lease_token: current.leaseToken,
      last_error: null,
    });
  });
});

describe('claims', () => {
  it('workers claiming at once never get the same request, and together take all that is due (20 rounds)', async () => {
    await closeOpenRequests();
    for (let i = 0; i < 3; i++) await cloudSecurityCampaign(caller, 4);
    await planNewRequests(db(), FAST);
    const workers = 6;
    const limit = 3;
    for (let round = 0; round < 20; round++) {
      // Every request of these campaigns due again, as if every lease had run out.
      const open = await sql(
        `UPDATE expert_network.sourcing_requests
         SET status = 'pending', lease_token = NULL, lease_expires_at = NULL,
             due_at = now() - interval '1 second'
         WHERE status IN ('pending', 'running') RETURNING id`,
      );
      const settled = await startTogether(
        world.db,
        'expert_network.sourcing_requests',
        Array.from({ length: workers }, () => () => claimDueRequests(db(), limit, MINUTE)),
      );
      const claimed = settled.flatMap((s) => {
        if (s.status === 'rejected') throw s.reason;
        return s.value.map((c) => c.id);
      });
      expect(new Set(claimed).size, `round ${round}`).toBe(claimed.length);
      expect(claimed.length).toBe(Math.min(open.length, workers * limit));
    }
  });

  it('claims what has waited longest first, and nothing not yet due', async () => {
    await closeOpenRequests();
    const first = await oneDueRequest();
    const second = await oneDueRequest();
    const notYet = await oneDueRequest();
    const dueIn = (id: string, interval: string) =>
      sql(
        `UPDATE expert_network.sourcing_requests SET due_at = now() + interval '${interval}' WHERE id = $1`,
        [id],
      );
    await dueIn(first.requestId, '-2 minutes');
    await dueIn(second.requestId, '-1 minute');
    await dueIn(notYet.requestId, '1 minute');
    expect((await claimDueRequests(db(), 1, MINUTE)).map((c) => c.id)).toEqual([first.requestId]);
    expect((await claimDueRequests(db(), 10, MINUTE)).map((c) => c.id)).toEqual([second.requestId]);
  });

  it('plans a due time for new requests only, from the vendor pace', async () => {
    await closeOpenRequests();
    const { requestId } = await oneDueRequest();
    const plannedBefore = (await request(requestId)).dueAt;
    const realPace = { ...FAST, speedup: 1 };
    /** The campaign's one request, planned: its delay and what the pace says it should be. */
    async function planned(campaignId: string) {
      expect(await planNewRequests(db(), realPace)).toBe(1);
      const [fresh] = await sql<{
        id: string;
        kind: string;
        created_at: string;
        due_at: string;
        tags: string[];
      }>(
        `SELECT r.id, r.kind, r.created_at, r.due_at, v.tags FROM expert_network.sourcing_requests r
         JOIN expert_network.campaign_vendor_enrollments e ON e.id = r.enrollment_id
         JOIN expert_network.vendor_platforms v ON v.id = e.vendor_platform_id
         WHERE e.campaign_id = $1`,
        [campaignId],
      );
      return {
        delay: new Date(fresh!.due_at).getTime() - new Date(fresh!.created_at).getTime(),
        paced: batchDelayMs(fresh!.tags, 1, fresh!.id, fresh!.kind === 'initial'),
      };
    }
    const first = await planned((await cloudSecurityCampaign(caller, 1)).id);
    expect(first.delay).toBe(first.paced);
    expect((await request(requestId)).dueAt).toBe(plannedBefore);
    expect(await planNewRequests(db(), FAST)).toBe(0);

    // A follow-up comes quicker than the first batch.
    const later = (await cloudSecurityCampaign(caller, 1)).id;
    await sql(
      `UPDATE expert_network.sourcing_requests r SET kind = 'follow_up'
       FROM expert_network.campaign_vendor_enrollments e
       WHERE e.id = r.enrollment_id AND e.campaign_id = $1`,
      [later],
    );
    const followUp = await planned(later);
    expect(followUp.delay).toBe(followUp.paced);
    expect(followUp.delay).toBeLessThan(first.delay);
  });

  it("a worker's claim does not wait for rows another worker holds: it skips them", async () => {
    await closeOpenRequests();
    const { requestId: held } = await oneDueRequest();
    const { requestId: free } = await oneDueRequest();
    let release!: () => void;
    const released = new Promise<void>((r) => {
      release = r;
    });
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => {
      locked = r;
    });
    const holder = world.db.withSession(async (q) => {
      await q('BEGIN');
      await q('SELECT id FROM expert_network.sourcing_requests WHERE id = $1 FOR UPDATE', [held]);
      locked();
      await released;
      await q('ROLLBACK');
    });
    await isLocked;
    try {
      const claims = await Promise.race([
        claimDueRequests(db(), 10, MINUTE),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('the claim waited for a locked row')), 5_000),
        ),
      ]);
      expect(claims.map((c) => c.id)).toEqual([free]);
    } finally {
      release();
      await holder;
    }
  });
});

describe('failures', () => {
  it('a failed delivery is due again after 2^attempts seconds, with its error kept', async () => {
    await closeOpenRequests();
    const { requestId } = await oneDueRequest();
    const claim = await claimOnly(requestId);
    const before = Date.now();
    await retryLater(db(), claim, new Error('vendor API timed out'));
    const after = Date.now();
    const row = await request(requestId);
    expect(row).toMatchObject({
      status: 'pending',
      lease_token: null,
      attempts: 1,
      last_error: 'vendor API timed out',
    });
    const due = row.dueAt!;
    expect(due).toBeGreaterThanOrEqual(before + 2_000);
    expect(due).toBeLessThanOrEqual(after + 2_000);
    // Not claimable before then.
    expect(await claimDueRequests(db(), 10, MINUTE)).toEqual([]);
  });

  it('backs off longer at each attempt and gives up after the last one', async () => {
    await closeOpenRequests();
    const { requestId } = await oneDueRequest();
    for (let attempt = 1; attempt <= 3; attempt++) {
      const claim = await claimOnly(requestId);
      expect(claim.attempts).toBe(attempt);
      const before = Date.now();
      await retryLater(db(), claim, 'not an Error', 3);
      const row = await request(requestId);
      expect(row.last_error).toBe('not an Error');
      if (attempt < 3) {
        expect(row.status).toBe('pending');
        expect(row.dueAt! - before).toBeGreaterThanOrEqual(1000 * 2 ** attempt);
        expect(row.dueAt! - before).toBeLessThan(1000 * 2 ** attempt + 1_000);
        await sql(
          `UPDATE expert_network.sourcing_requests SET due_at = now() - interval '1 second' WHERE id = $1`,
          [requestId],
        );
      } else {
        expect(row.status).toBe('failed');
      }
    }
    // Given up: never claimed again, however long ago it was due.
    await sql(
      `UPDATE expert_network.sourcing_requests SET due_at = now() - interval '1 day' WHERE id = $1`,
      [requestId],
    );
    expect(await claimDueRequests(db(), 10, MINUTE)).toEqual([]);
  });

  it('keeps the first 1000 characters of a long error', async () => {
    await closeOpenRequests();
    const { requestId } = await oneDueRequest();
    const claim = await claimOnly(requestId);
    await retryLater(db(), claim, new Error('x'.repeat(5_000)));
    expect((await request(requestId)).last_error).toBe('x'.repeat(1000));
  });

  it('a generator that throws: the worker logs it, delivers nothing, and retries the request later', async () => {
    await closeOpenRequests();
    const { campaignId, requestId } = await oneDueRequest();
    const errors: object[] = [];
    const broken: ExpertGenerator = {
      name: 'broken',
      generate: () => Promise.reject(new Error('model unavailable')),
    };
    const sim = startSimulator({
      db: db(),
      config: FAST,
      logger: {
        ...silentLogger,
        error: (details, message) => errors.push({ ...details, message }),
      },
      generator: broken,
      poll: false,
    });
    await sim.runOnce();
    await sim.stop();
    expect(errors).toEqual([
      expect.objectContaining({
        request: requestId,
        message: 'sourcing request failed; will retry',
      }),
    ]);
    expect(await expertsOf(campaignId)).toBe(0);
    expect(await request(requestId)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lease_token: null,
      last_error: 'model unavailable',
    });
  });
});

describe('the worker', () => {
  it('counts what it handled and logs what a vendor answered; a pass with nothing due does nothing', async () => {
    await closeOpenRequests();
    const { requestId } = await oneDueRequest();
    const answered: object[] = [];
    const simulator = (config: typeof FAST) =>
      startSimulator({
        db: db(),
        config,
        logger: {
          ...silentLogger,
          info: (details, message) => {
            if (message === 'vendor answered') answered.push(details);
          },
        },
        poll: false,
      });
    const sim = simulator(FAST);
    expect(await sim.runOnce()).toBe(1);
    expect(answered).toEqual([
      expect.objectContaining({ request: requestId, outcome: 'delivered' }),
    ]);
    await closeOpenRequests();
    expect(await sim.runOnce()).toBe(0);

    // A paused vendor's request is cancelled: handled, but the vendor answered nothing.
    const paused = await oneDueRequest();
    const [enrollment] = await caller.vendor.enrollments({ campaignId: paused.campaignId });
    await caller.vendor.updateEnrollment({ id: enrollment!.id, status: 'paused' });
    expect(await sim.runOnce()).toBe(1);
    expect((await request(paused.requestId)).status).toBe('cancelled');
    expect(answered).toHaveLength(1);
    await sim.stop();

    // A vendor that declines has answered.
    const declined = await oneDueRequest();
    const declining = simulator({ ...FAST, declineRate: 1 });
    expect(await declining.runOnce()).toBe(1);
    expect(answered).toEqual([
      expect.objectContaining({ outcome: 'delivered' }),
      expect.objectContaining({ request: declined.requestId, outcome: 'declined' }),
    ]);
    await declining.stop();
  });

  /** The offline generator, held at each call until the test lets it go. */
  function heldGenerator() {
    const inner = createDefaultGenerator();
    let started!: () => void;
    const hasStarted = new Promise<void>((r) => {
      started = r;
    });
    let release!: () => void;
    const released = new Promise<void>((r) => {
      release = r;
    });
    const generator: ExpertGenerator = {
      name: 'held',
      async generate(request) {
        started();
        await released;
        return inner.generate(request);
      },
    };
    return { generator, hasStarted, release };
  }

  it('a pass that meets a lost lease neither counts nor logs that request', async () => {
    await closeOpenRequests();
    const { requestId } = await oneDueRequest();
    const held = heldGenerator();
    const answered: object[] = [];
    const sim = startSimulator({
      db: db(),
      config: FAST,
      logger: {
        ...silentLogger,
        info: (details, message) => {
          if (message === 'vendor answered') answered.push(details);
        },
      },
      generator: held.generator,
      poll: false,
    });
    const pass = sim.runOnce();
    await held.hasStarted;
    // The worker stalls past its lease; another takes the request over.
    await expireLease(requestId);
    await claimOnly(requestId);
    held.release();
    expect(await pass).toBe(0);
    expect(answered).toEqual([]);
    await sim.stop();
  });

  it('stop() waits for the delivery in progress, and no pass is scheduled after it', async () => {
    await closeOpenRequests();
    const { campaignId, requestId } = await oneDueRequest();
    const held = heldGenerator();
    // Each pass is scheduled by reading the poll interval: counting the reads counts them.
    let scheduled = 0;
    const config = {
      ...FAST,
      get pollMs() {
        scheduled++;
        return 10;
      },
    };
    const started: object[] = [];
    const sim = startSimulator({
      db: db(),
      config,
      logger: {
        ...silentLogger,
        info: (details, message) => {
          if (message === 'vendor simulator started') started.push(details);
        },
      },
      generator: held.generator,
    });
    expect(started).toEqual([{ speedup: FAST.speedup, generator: 'held' }]);
    await held.hasStarted;
    let stopped = false;
    const stopping = sim.stop().then(() => {
      stopped = true;
    });
    const scheduledAtStop = scheduled;
    // stop() has not returned while the delivery is held...
    await new Promise((r) => setImmediate(r));
    expect(stopped).toBe(false);
    held.release();
    await stopping;
    // ...and when it returns, the delivery is in, and nothing more is scheduled.
    expect((await request(requestId)).status).toBe('done');
    expect(await expertsOf(campaignId)).toBeGreaterThan(0);
    expect(scheduled).toBe(scheduledAtStop);
  });

  it('stop() cancels the pass it was waiting to start; without polling none is ever scheduled', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const manual = startSimulator({ db: db(), config: FAST, logger: silentLogger, poll: false });
      expect(vi.getTimerCount()).toBe(0);
      await manual.stop();
      const polling = startSimulator({ db: db(), config: FAST, logger: silentLogger });
      expect(vi.getTimerCount()).toBe(1);
      await polling.stop();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a pass that fails as a whole (the database is down) is logged, and the worker keeps polling', async () => {
    const down = await createDbClient({ url: world.db.url! });
    await down.close();
    const failures: { details: object; message?: string }[] = [];
    const sim = startSimulator({
      db: down.db,
      config: { ...FAST, pollMs: 10 },
      logger: { ...silentLogger, warn: (details, message) => failures.push({ details, message }) },
    });
    try {
      await waitFor('two failed passes', () => failures.length >= 2);
    } finally {
      await sim.stop();
    }
    expect(failures[0]).toEqual({
      details: { err: expect.any(Error) },
      message: 'simulator pass failed',
    });
  });

  it('a model that cannot be reached: its warning goes to the worker log, the offline profiles are used', async () => {
    const warnings: { details: object; message?: string }[] = [];
    const llm = { baseUrl: 'http://127.0.0.1:9/v1', apiKey: 'k', model: 'm', timeoutMs: 2_000 };
    const generator = generatorFor(
      { ...FAST, llm },
      { ...silentLogger, warn: (details, message) => warnings.push({ details, message }) },
    );
    const experts = await generator.generate(generationRequest({ count: 1 }));
    expect(experts).toEqual(
      await createDefaultGenerator().generate(generationRequest({ count: 1 })),
    );
    expect(warnings).toEqual([
      {
        details: expect.objectContaining({ model: 'm' }),
        message: 'LLM generator failed; using the default generator',
      },
    ]);
  });

  it('uses the model when one is configured, else the offline generator', () => {
    expect(generatorFor(FAST, silentLogger).name).toBe('default');
    const llm = { baseUrl: 'http://127.0.0.1:9/v1', apiKey: 'k', model: 'm', timeoutMs: 100 };
    expect(generatorFor({ ...FAST, llm }, silentLogger).name).toBe('llm');
  });
});

describe('deliveries', () => {
  /** The one open request of the campaign's enrollment, due now and claimed. */
  async function claimOf(campaignId: string) {
    await planNewRequests(db(), FAST);
    await sql(
      `UPDATE expert_network.sourcing_requests r SET due_at = now() - interval '1 second'
       FROM expert_network.campaign_vendor_enrollments e
       WHERE e.id = r.enrollment_id AND e.campaign_id = $1 AND r.status = 'pending'`,
      [campaignId],
    );
    const [claim] = await claimDueRequests(db(), 1, MINUTE);
    return claim!;
  }
  const requestsOf = (campaignId: string) =>
    sql<{ kind: string; status: string }>(
      `SELECT r.kind, r.status FROM expert_network.sourcing_requests r
       JOIN expert_network.campaign_vendor_enrollments e ON e.id = r.enrollment_id
       WHERE e.campaign_id = $1 ORDER BY r.created_at`,
      [campaignId],
    );

  it('a first batch of 2-4 experts, follow-ups up to the target, then no more requests', async () => {
    await closeOpenRequests();
    // A vendor whose target leaves room after its first batch for a follow-up of any size
    // (sizes and targets follow from the ids, so a few campaigns may be needed to find one).
    let campaign = await cloudSecurityCampaign(caller, 1);
    let [enrollment] = await caller.vendor.enrollments({ campaignId: campaign.id });
    const roomAfterFirst = (key: string) => targetExperts(key) - batchSize(`${key}|0`, true);
    for (
      let tries = 0;
      roomAfterFirst(`${campaign.id}|${enrollment!.vendorPlatformId}`) < 4 && tries < 30;
      tries++
    ) {
      await caller.campaign.delete({ id: campaign.id });
      campaign = await cloudSecurityCampaign(caller, 1);
      [enrollment] = await caller.vendor.enrollments({ campaignId: campaign.id });
    }
    const key = `${campaign.id}|${enrollment!.vendorPlatformId}`;
    expect(roomAfterFirst(key)).toBeGreaterThanOrEqual(4);
    const generator = createDefaultGenerator();
    const first = await fulfil(db(), generator, FAST, await claimOf(campaign.id));
    expect(first).toEqual({ outcome: 'delivered', experts: batchSize(`${key}|0`, true) });
    let total = first.experts;
    while (total < targetExperts(key)) {
      const next = await fulfil(db(), generator, FAST, await claimOf(campaign.id));
      expect(next.outcome).toBe('delivered');
      expect(next.experts).toBe(
        Math.min(batchSize(`${key}|${total}`, false), targetExperts(key) - total),
      );
      total += next.experts;
    }
    expect(await expertsOf(campaign.id)).toBe(targetExperts(key));
    // Target reached: nothing left open.
    expect((await requestsOf(campaign.id)).every((r) => r.status === 'done')).toBe(true);
    // Asked for more: a batch of 2-4 beyond the target, and no follow-up after it.
    await caller.vendor.requestMoreExperts({ id: enrollment!.id });
    const more = await fulfil(db(), generator, FAST, await claimOf(campaign.id));
    expect(more).toEqual({ outcome: 'delivered', experts: batchSize(`${key}|${total}`, true) });
    expect((await requestsOf(campaign.id)).every((r) => r.status === 'done')).toBe(true);
  });

  it('a follow-up once the target is met completes with nothing; a paused vendor cancels; a removed one is gone', async () => {
    await closeOpenRequests();
    const generator = createDefaultGenerator();
    const campaign = await cloudSecurityCampaign(caller, 1);
    const [enrollment] = await caller.vendor.enrollments({ campaignId: campaign.id });
    await caller.vendor.updateEnrollment({ id: enrollment!.id, status: 'paused' });
    expect(await fulfil(db(), generator, FAST, await claimOf(campaign.id))).toEqual({
      outcome: 'cancelled',
      experts: 0,
    });
    expect((await requestsOf(campaign.id)).map((r) => r.status)).toEqual(['cancelled']);

    const removed = await oneDueRequest();
    const claim = await claimOnly(removed.requestId);
    const [gone] = await caller.vendor.enrollments({ campaignId: removed.campaignId });
    await caller.vendor.unenroll({ id: gone!.id });
    expect(await fulfil(db(), generator, FAST, claim)).toEqual({ outcome: 'gone', experts: 0 });

    const full = await oneDueRequest();
    const [fullEnrollment] = await caller.vendor.enrollments({ campaignId: full.campaignId });
    await sql(`UPDATE expert_network.sourcing_requests SET kind = 'follow_up' WHERE id = $1`, [
      full.requestId,
    ]);
    for (
      let i = 0;
      i < targetExperts(`${full.campaignId}|${fullEnrollment!.vendorPlatformId}`);
      i++
    ) {
      await caller.expert.create({
        campaignId: full.campaignId,
        vendorPlatformId: fullEnrollment!.vendorPlatformId,
        name: `Already here ${i}`,
      });
    }
    await sql(
      `UPDATE expert_network.experts SET external_ref = 'ref-' || id WHERE campaign_id = $1`,
      [full.campaignId],
    );
    expect(await fulfil(db(), generator, FAST, await claimOnly(full.requestId))).toEqual({
      outcome: 'complete',
      experts: 0,
    });
  });

  it('a vendor removed and enrolled again after a deletion tops up in at most two requests, not one per position of its target', async () => {
    await closeOpenRequests();
    const generator = createDefaultGenerator();
    const campaign = await cloudSecurityCampaign(caller, 1);
    const [enrollment] = await caller.vendor.enrollments({ campaignId: campaign.id });
    const target = targetExperts(`${campaign.id}|${enrollment!.vendorPlatformId}`);
    await fulfil(db(), generator, FAST, await claimOf(campaign.id));
    // One of the first batch: a position below the ones proposed later.
    const [early] = await sql<{ id: string }>(
      'SELECT id FROM expert_network.experts WHERE campaign_id = $1 LIMIT 1',
      [campaign.id],
    );
    while ((await expertsOf(campaign.id)) < target) {
      await fulfil(db(), generator, FAST, await claimOf(campaign.id));
    }
    await caller.expert.delete({ id: early!.id });
    await caller.vendor.unenroll({ id: enrollment!.id });
    await caller.vendor.enroll({
      campaignId: campaign.id,
      vendorPlatformId: enrollment!.vendorPlatformId,
    });

    const outcomes: string[] = [];
    while ((await expertsOf(campaign.id)) < target && outcomes.length < target + 2) {
      outcomes.push((await fulfil(db(), generator, FAST, await claimOf(campaign.id))).outcome);
    }
    expect(await expertsOf(campaign.id)).toBe(target);
    expect(outcomes.length).toBeLessThanOrEqual(2);
    expect((await requestsOf(campaign.id)).every((r) => r.status === 'done')).toBe(true);
  });

  it('a campaign in a project that has no compliance rules yet is delivered to', async () => {
    await closeOpenRequests();
    const project = await caller.project.create({ projectName: 'No rules yet' });
    const { campaignId, requestId } = await oneDueRequest();
    await caller.campaign.update({ id: campaignId, projectId: project.id });
    const delivered = await fulfil(
      db(),
      createDefaultGenerator(),
      FAST,
      await claimOnly(requestId),
    );
    expect(delivered.outcome).toBe('delivered');
    expect(await expertsOf(campaignId)).toBe(delivered.experts);
  });

  it('each proposed expert carries the answers generated for them', async () => {
    await closeOpenRequests();
    const generated = new Map<string, Record<string, string>>();
    const inner = createDefaultGenerator();
    const recording: ExpertGenerator = {
      name: 'recording',
      async generate(request) {
        const experts = await inner.generate(request);
        for (const e of experts) generated.set(e.externalRef, e.answers);
        return experts;
      },
    };
    const { campaignId, requestId } = await oneDueRequest();
    // Every profile the generator's own (none cast as another network's person).
    const own = { ...FAST, overlapRate: 0, recurrenceRate: 0 };
    const delivered = await fulfil(db(), recording, own, await claimOnly(requestId));
    expect(delivered.experts).toBeGreaterThan(1);
    const rows = await sql<{ ref: string; question: string; answer: string }>(
      `SELECT e.external_ref AS ref, r.screening_question_id AS question, r.response_text AS answer
       FROM expert_network.experts e
       JOIN expert_network.expert_screening_responses r ON r.expert_id = e.id
       WHERE e.campaign_id = $1`,
      [campaignId],
    );
    const stored = new Map<string, Record<string, string>>();
    for (const { ref, question, answer } of rows) {
      stored.set(ref, { ...stored.get(ref), [question]: answer });
    }
    expect(stored.size).toBe(delivered.experts);
    for (const [ref, answers] of stored) expect(answers, ref).toEqual(generated.get(ref));
  });

  it('a vendor declines only at first contact', async () => {
    await closeOpenRequests();
    const generator = createDefaultGenerator();
    const declining = { ...FAST, declineRate: 1 };
    const first = await oneDueRequest();
    expect(await fulfil(db(), generator, declining, await claimOnly(first.requestId))).toEqual({
      outcome: 'declined',
      experts: 0,
    });
    const [declined] = await caller.vendor.enrollments({ campaignId: first.campaignId });
    expect(declined!.status).toBe('declined');

    const later = await oneDueRequest();
    await sql(`UPDATE expert_network.sourcing_requests SET kind = 'follow_up' WHERE id = $1`, [
      later.requestId,
    ]);
    const delivered = await fulfil(db(), generator, declining, await claimOnly(later.requestId));
    expect(delivered.outcome).toBe('delivered');

    // Paused and resumed after proposing some: the new first request is not a first contact.
    await closeOpenRequests();
    const [working] = await caller.vendor.enrollments({ campaignId: later.campaignId });
    await caller.vendor.updateEnrollment({ id: working!.id, status: 'paused' });
    await caller.vendor.updateEnrollment({ id: working!.id, status: 'active' });
    const resumed = await claimOf(later.campaignId);
    const [kind] = await sql<{ kind: string }>(
      'SELECT kind FROM expert_network.sourcing_requests WHERE id = $1',
      [resumed.id],
    );
    expect(kind!.kind).toBe('initial');
    expect((await fulfil(db(), generator, declining, resumed)).outcome).toBe('delivered');
    const [stillWorking] = await caller.vendor.enrollments({ campaignId: later.campaignId });
    expect(stillWorking!.status).toBe('active');
  });
});
