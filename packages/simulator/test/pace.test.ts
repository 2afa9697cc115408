import { describe, expect, it } from 'vitest';
import { batchDelayMs, targetExperts, vendorResponseMs } from '../src/pace';
import { VENDORS } from './fixtures';

const tagsOf = (name: string) => VENDORS.find((v) => v.name === name)!.tags;

describe('vendor pace', () => {
  it('follows the sourcing tag', () => {
    const hours = (name: string) => vendorResponseMs(tagsOf(name)) / 3_600_000;
    expect(hours('GLG')).toBe(24);
    expect(hours('Guidepoint')).toBe(48);
    expect(hours('Inex One')).toBe(72);
    expect(hours('Atheneum')).toBe(6);
    expect(hours('Tegus')).toBe(1);
  });

  it('with 100000x a 24h vendor answers within a second; the default 30000x keeps every vendor near 10 s', () => {
    expect(batchDelayMs(tagsOf('GLG'), 100_000, 'x', true)).toBeLessThan(1_000);
    for (const vendor of VENDORS) {
      expect(batchDelayMs(vendor.tags, 30_000, vendor.id, true)).toBeLessThanOrEqual(8_700);
    }
  });

  it('proposes 5 to 10 experts per enrollment', () => {
    const targets = VENDORS.map((v) => targetExperts(v.id));
    expect(Math.min(...targets)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...targets)).toBeLessThanOrEqual(10);
    expect(new Set(targets).size).toBeGreaterThan(2);
  });
});
