/**
 * The person matcher measured against the simulator's truth: thousands of
 * proposals from several networks across campaigns of four industries, some
 * of them one person pitched by two networks or back from an earlier
 * campaign. Pairs of proposals the matcher puts together are compared with
 * pairs that are truly one person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../src/worker';
import { type Caller, createWorld, FAST, silentLogger } from './harness';

let world: Awaited<ReturnType<typeof createWorld>>;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(() => world?.db.dispose());

const INDUSTRIES = [
  ['Technology', 'Cloud security budgets and tool consolidation at large enterprises.'],
  ['Healthcare', 'Dental service organisations: staffing, reimbursement and roll-ups.'],
  ['Financial Services', 'Regional banks: deposit pricing and core banking vendors.'],
  ['Consumer & Retail', 'Private-label share and promotional intensity in grocery.'],
] as const;

async function campaignsFor(caller: Caller, count: number, vendorIds: string[]) {
  for (let i = 0; i < count; i++) {
    const [industryVertical, briefDescription] = INDUSTRIES[i % INDUSTRIES.length]!;
    await caller.campaign.create({
      campaignName: `${industryVertical} study ${i + 1}`,
      industryVertical,
      briefDescription,
      targetRegions: ['North America'],
      screeningQuestions: [{ questionText: 'What changed this year?', questionType: 'text' }],
      // A different mix of networks in each campaign.
      vendorPlatformIds: vendorIds.filter((_, v) => (v + i) % 4 !== 0),
    });
  }
}

/** Pairs of experts in the same group, as "a|b" with a < b. */
function pairsOf(groups: Map<string, string[]>): Set<string> {
  const pairs = new Set<string>();
  for (const ids of groups.values()) {
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) pairs.add(`${sorted[i]}|${sorted[j]}`);
  }
  return pairs;
}

function groupBy(rows: { id: string }[], key: (row: never) => string) {
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    const k = key(row as never);
    groups.set(k, [...(groups.get(k) ?? []), row.id]);
  }
  return groups;
}

describe('matching proposals to people', () => {
  it('finds the same person across networks and campaigns: precision ≥ 0.97, recall ≥ 0.92', async () => {
    const caller = await world.user('measure');
    const vendorIds = (await caller.vendor.list()).slice(0, 8).map((v) => v.id);
    await campaignsFor(caller, 48, vendorIds);
    const sim = startSimulator({
      db: world.db.db,
      config: FAST,
      logger: silentLogger,
      poll: false,
      batch: 20,
    });
    for (let pass = 0; pass < 400; pass++) {
      if ((await sim.runOnce()) === 0) {
        const [open] = await world.db.withSession((q) =>
          q<{ n: number }>(
            `SELECT count(*)::int AS n FROM expert_network.sourcing_requests WHERE status IN ('pending','running')`,
          ),
        );
        if (open!.n === 0) break;
      }
    }
    const rows = await world.db.withSession((q) =>
      q<{ id: string; person_id: string; person_key: string; campaign_id: string }>(
        `SELECT e.id, e.person_id, k.person_key, e.campaign_id
         FROM expert_network.experts e
         JOIN expert_network.simulator_person_keys k ON k.expert_id = e.id AND k.user_id = e.user_id`,
      ),
    );
    const truth = pairsOf(groupBy(rows, (r: { person_key: string }) => r.person_key));
    const found = pairsOf(groupBy(rows, (r: { person_id: string }) => r.person_id));
    const right = [...found].filter((p) => truth.has(p)).length;
    const precision = found.size ? right / found.size : 1;
    const recall = truth.size ? right / truth.size : 1;
    const people = new Set(rows.map((r) => r.person_key)).size;
    const inCampaign = pairsOf(
      groupBy(
        rows,
        (r: { person_key: string; campaign_id: string }) => `${r.person_key}|${r.campaign_id}`,
      ),
    ).size;
    console.info(
      `person matching: ${rows.length} proposals, ${people} people, ${truth.size} true pairs ` +
        `(${inCampaign} within a campaign); matched ${found.size} pairs, ${right} right: ` +
        `precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(2000);
    expect(truth.size).toBeGreaterThan(100);
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.92);
    // About 5 minutes on an idle 2-core machine; generous for a busy CI runner.
  }, 1_800_000);
});
