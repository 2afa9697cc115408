import { readdirSync, readFileSync } from 'node:fs';
import {
  canonicalTag,
  normalizeTags,
  TAG_GROUPS,
  tagKey,
  VENDOR_TAGS,
} from '@expert-network/contract/vendor-tags';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/testing';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.dispose());

const q = <R>(text: string, params?: unknown[]) =>
  db.withSession((query) => query<R>(text, params));
const vendorTags = () =>
  q<{ name: string; tags: string[] }>(
    `SELECT name, tags FROM expert_network.vendor_platforms ORDER BY name`,
  );

/** The facts the seed migration was written from, tags as the original app had them. */
const reference = new Map(
  readFileSync(new URL('../reference/vendors.tsv', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const fields = line.split('\t');
      return [fields[0]!, fields[6]!.split(',').map((t) => t.trim())] as const;
    }),
);

const migrationDir = new URL('../drizzle/', import.meta.url);
const cleanUpSql = readFileSync(
  new URL(
    readdirSync(migrationDir).find((f) => f.endsWith('_normalize_vendor_tags.sql'))!,
    migrationDir,
  ),
  'utf8',
);

describe('vendor tag vocabulary', () => {
  it('gives every spelling exactly one tag: no near-duplicates inside the vocabulary', () => {
    const owner = new Map<string, string>();
    for (const [tag, { group, synonyms = [] }] of Object.entries(VENDOR_TAGS)) {
      expect(TAG_GROUPS).toContain(group);
      for (const spelling of [tag, ...synonyms]) {
        const key = tagKey(spelling);
        expect(owner.get(key), `"${spelling}" is a spelling of two tags`).toBeUndefined();
        owner.set(key, tag);
      }
    }
  });

  it('maps case, space, hyphen and synonym variants to one tag', () => {
    expect(canonicalTag('Healthcare Expertise')).toBe('Healthcare');
    expect(canonicalTag('cost  EFFECTIVE')).toBe('Cost effective');
    expect(canonicalTag('Self Service')).toBe('Self-service');
    expect(canonicalTag('SOC2 certified')).toBe('SOC 2 certified');
    expect(normalizeTags(['Manufacturing', 'APAC bench', 'manufacturing', 'APAC'])).toEqual([
      'Manufacturing',
      'APAC',
    ]);
  });
});

describe('vendor tags after the migrations', () => {
  it("are exactly the vocabulary's reading of the reference data", async () => {
    const rows = await vendorTags();
    expect(rows).toHaveLength(reference.size);
    for (const { name, tags } of rows)
      expect(tags, name).toEqual(normalizeTags(reference.get(name)!));
  });

  it('are all in the vocabulary, each once per vendor, with no near-duplicates across vendors', async () => {
    const spellings = new Map<string, string>();
    for (const { name, tags } of await vendorTags()) {
      for (const tag of tags) {
        expect(canonicalTag(tag), `${name}: "${tag}" is not in the vocabulary`).toBe(tag);
        const seen = spellings.get(tagKey(tag));
        expect(seen ?? tag, `"${tag}" and "${seen}" are one tag`).toBe(tag);
        spellings.set(tagKey(tag), tag);
      }
      expect(new Set(tags.map(tagKey)).size, `${name} lists a tag twice`).toBe(tags.length);
    }
  });

  it('the clean-up SQL agrees with normalizeTags on messy tags', async () => {
    const messy = [
      ' Healthcare Expertise',
      'cost Effective',
      'Cost-effective',
      'Budget-friendly',
      'Manufacturing',
      'manufacturing ',
      'Underwater basket weaving',
      '',
      'self service portal',
    ];
    await q(
      `INSERT INTO expert_network.vendor_platforms
         (name, slug, location, overall_score, avg_cost_per_call_min_cents, avg_cost_per_call_max_cents, tags)
       VALUES ('Messy', 'messy', 'Nowhere', 3, 100, 200, $1)`,
      [messy],
    );
    await q(cleanUpSql);
    const [row] = await q<{ tags: string[] }>(
      `SELECT tags FROM expert_network.vendor_platforms WHERE slug = 'messy'`,
    );
    expect(row!.tags).toEqual(normalizeTags(messy));
    expect(row!.tags).toEqual([
      'Healthcare',
      'Cost effective',
      'Manufacturing',
      'Underwater basket weaving',
      'Self-service',
    ]);
  });
});
