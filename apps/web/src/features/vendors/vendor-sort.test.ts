import { describe, expect, it } from 'vitest';
import { nextSort, sortVendors, type VendorRow } from './vendor-sort';

const row = (name: string, spendCents: number, noShowRate: number | null) =>
  ({
    name,
    overallScore: 4,
    avgCostPerCallMinCents: 0,
    scorecard: { spendCents, noShowRate },
  }) as unknown as VendorRow;

const rows = [row('Beta', 500, 0.5), row('Alpha', 900, null), row('Gamma', 500, 0)];
const names = (r: VendorRow[]) => r.map((v) => v.name);

describe('sortVendors', () => {
  it('sorts either way, ties by name', () => {
    expect(names(sortVendors(rows, { key: 'spend', order: 'desc' }))).toEqual([
      'Alpha',
      'Beta',
      'Gamma',
    ]);
    expect(names(sortVendors(rows, { key: 'spend', order: 'asc' }))).toEqual([
      'Beta',
      'Gamma',
      'Alpha',
    ]);
  });

  it('puts vendors without the figure last in both directions', () => {
    expect(names(sortVendors(rows, { key: 'noShow', order: 'asc' }))).toEqual([
      'Gamma',
      'Beta',
      'Alpha',
    ]);
    expect(names(sortVendors(rows, { key: 'noShow', order: 'desc' }))).toEqual([
      'Beta',
      'Gamma',
      'Alpha',
    ]);
  });

  it('flips the same column, starts another descending, names A–Z', () => {
    expect(nextSort({ key: 'spend', order: 'desc' }, 'spend')).toEqual({
      key: 'spend',
      order: 'asc',
    });
    expect(nextSort({ key: 'spend', order: 'asc' }, 'calls')).toEqual({
      key: 'calls',
      order: 'desc',
    });
    expect(nextSort({ key: 'spend', order: 'desc' }, 'name')).toEqual({
      key: 'name',
      order: 'asc',
    });
  });
});
