/**
 * The matcher at scale: one user with 100,000 experts (on PostgreSQL), and
 * arrivals placed one at a time, as a delivery or an expert added by hand
 * does. Prints the time per arrival; the candidate search must read the
 * index (a range of one last name), and planted duplicates must be found.
 */
import { personMatchKey } from '@expert-network/contract/rules';
import { placeArrivals, queryRows } from '@expert-network/db';
import { base, en, Faker } from '@faker-js/faker';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld } from './harness';

const EXPERTS = 100_000;
const ARRIVALS = 200;
let world: Awaited<ReturnType<typeof createWorld>>;
beforeAll(async () => {
  world = await createWorld({ concurrent: true });
}, 300_000);
afterAll(() => world?.db.dispose());

const faker = new Faker({ locale: [en, base], seed: 11 });
function profile() {
  const company = `${faker.company.name()}`;
  const from = `20${faker.number.int({ min: 10, max: 23 })}-0${faker.number.int({ min: 1, max: 9 })}`;
  return {
    name: `${faker.person.firstName()} ${faker.person.lastName()}`,
    title: faker.person.jobTitle(),
    company,
    geography: faker.location.city(),
    workHistory: [{ company, title: 'Director', from, to: null }],
  };
}

describe('matching one arrival among 100,000 experts', () => {
  it('takes a few milliseconds and reads the index', async () => {
    const caller = await world.user('big');
    const campaign = await caller.campaign.create({
      campaignName: 'Big',
      industryVertical: 'Technology',
    });
    const [{ id: userId } = { id: '' }] = await queryRows<{ id: string }>(
      world.db.db,
      sql`SELECT user_id AS id FROM expert_network.campaigns WHERE id = ${campaign.id}`,
    );
    const stored = Array.from({ length: EXPERTS }, profile);
    // Loaded in bulk without the per-row triggers (search vector, audit): this measures the matcher.
    // (Disabling them as the tables' owner: a plain role may not set session_replication_role.)
    await world.db.withSession(async (q) => {
      await q(`ALTER TABLE expert_network.experts DISABLE TRIGGER USER`);
      for (let i = 0; i < stored.length; i += 5_000) {
        const chunk = stored.slice(i, i + 5_000).map((p) => ({
          ...p,
          work_history: p.workHistory,
          match_key: personMatchKey(p.name),
        }));
        await q(
          `INSERT INTO expert_network.experts (user_id, campaign_id, name, title, company, geography, work_history, match_key)
           SELECT $1, $2, r.name, r.title, r.company, r.geography, r.work_history, r.match_key
           FROM jsonb_to_recordset($3::jsonb) AS r(name text, title text, company text, geography text, work_history jsonb, match_key text)`,
          [userId, campaign.id, JSON.stringify(chunk)],
        );
      }
      await q(`ALTER TABLE expert_network.experts ENABLE TRIGGER USER`);
      await q(`ANALYZE expert_network.experts`);
    });

    // Half are someone already there (another network's spelling), half are new.
    const planted = stored.slice(0, ARRIVALS / 2).map((p) => ({
      ...p,
      name: `Dr. ${p.name.replace(' ', ' Q. ')}`,
      company: `${p.company} Inc.`,
    }));
    const arrivals = [...planted, ...Array.from({ length: ARRIVALS / 2 }, profile)];
    const times: number[] = [];
    let found = 0;
    for (const [i, arrival] of arrivals.entries()) {
      const started = performance.now();
      const [place] = await placeArrivals(world.db.db, userId, [
        { ...arrival, campaignId: campaign.id, vendorPlatformId: null },
      ]);
      times.push(performance.now() - started);
      if (i < planted.length && place?.personId) found++;
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.floor(q * (times.length - 1))]!.toFixed(1);
    console.info(
      `matching among ${EXPERTS} experts (${world.db.kind}): ${ARRIVALS} arrivals, ` +
        `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms; planted duplicates found ${found}/${planted.length}`,
    );
    // The server's own time for the candidate search, away from this busy process.
    const key = personMatchKey(planted[0]!.name);
    const last = key.split(' ')[0];
    const plan = await queryRows<{ 'QUERY PLAN': string }>(
      world.db.db,
      sql`EXPLAIN (ANALYZE) SELECT id, name, work_history FROM expert_network.experts
          WHERE user_id = ${userId} AND match_key ~>=~ ${`${last} `} AND match_key ~<~ ${`${last}!`}
          ORDER BY similarity(match_key, ${key}) DESC LIMIT 40`,
    );
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    console.info(
      `candidate search on the server: ${/Execution Time: ([\d.]+ ms)/.exec(text)?.[1]}`,
    );
    expect(text).toContain('experts_match_key_idx');
    expect(found).toBeGreaterThanOrEqual(planted.length * 0.95);
    expect(times[Math.floor(times.length / 2)]).toBeLessThanOrEqual(20);
  }, 900_000);
});
