import { describe, expect, it } from 'vitest';
import { expertTimeZone } from '../src/rules/expert-time-zone';
import { currentZoneName, groupTimeZones, zoneLabel } from '../src/rules/time-zones';

describe('expertTimeZone', () => {
  const cases: [string | null, string | null][] = [
    ['New York, New York, USA', 'America/New_York'],
    ['Atlanta, Georgia, USA', 'America/New_York'],
    ['Atlanta, Georgia', 'America/New_York'],
    ['Tbilisi, Georgia', 'Asia/Tbilisi'],
    ['Georgia', 'Asia/Tbilisi'],
    ['London, England, UK', 'Europe/London'],
    ['London', 'Europe/London'],
    ['London, Ontario, Canada', 'America/Toronto'],
    ['Paris, Texas, USA', 'America/Chicago'],
    ['Seattle, Washington', 'America/Los_Angeles'],
    ['Spokane, Washington, USA', 'America/Los_Angeles'],
    ['Phoenix, Arizona, USA', 'America/Phoenix'],
    ['Munich, Bavaria, Germany', 'Europe/Berlin'],
    ['Some Town, Germany', 'Europe/Berlin'],
    ['Singapore', 'Asia/Singapore'],
    ['Hong Kong', 'Asia/Hong_Kong'],
    ['Mumbai, Maharashtra, India', 'Asia/Kolkata'],
    ['São Paulo, São Paulo, Brazil', 'America/Sao_Paulo'],
    ['Sydney, New South Wales, Australia', 'Australia/Sydney'],
    ['  tokyo ,  japan ', 'Asia/Tokyo'],
    // Countries with several zones and no known city or state: not guessed.
    ['Springfield, USA', null],
    ['USA', null],
    ['Asia-Pacific', null],
    ['', null],
    [null, null],
  ];
  it.each(cases)('%s → %s', (location, zone) => {
    expect(expertTimeZone(location)).toBe(zone);
  });

  it('names only zones the runtime knows, by their current names', () => {
    const all = cases.map(([l]) => expertTimeZone(l)).filter((z): z is string => z !== null);
    for (const zone of all) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
      expect(currentZoneName(zone)).toBe(zone);
    }
  });
});

describe('currentZoneName', () => {
  it.each([
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['Asia/Saigon', 'Asia/Ho_Chi_Minh'],
    ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['Etc/UTC', 'UTC'],
    ['Europe/Berlin', 'Europe/Berlin'],
  ])('%s → %s', (old, current) => expect(currentZoneName(old)).toBe(current));
});

describe('groupTimeZones', () => {
  const groups = groupTimeZones(Intl.supportedValuesOf('timeZone'));
  const all = groups.flatMap((g) => g.zones);

  it('lists no obsolete name and each zone once', () => {
    for (const old of ['Asia/Calcutta', 'Europe/Kiev', 'Asia/Saigon', 'America/Godthab']) {
      expect(all).not.toContain(old);
    }
    expect(all).toEqual(expect.arrayContaining(['Asia/Kolkata', 'Europe/Kyiv', 'UTC']));
    expect(new Set(all).size).toBe(all.length);
  });

  it('groups by region, UTC first, every name one the runtime accepts', () => {
    expect(groups[0]).toEqual({ region: 'UTC', zones: ['UTC'] });
    expect(groups.map((g) => g.region)).toEqual(
      expect.arrayContaining(['Africa', 'America', 'Asia', 'Europe', 'Pacific']),
    );
    for (const g of groups.slice(1)) {
      for (const zone of g.zones) expect(zone.startsWith(`${g.region}/`)).toBe(true);
    }
    for (const zone of all) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
    }
  });
});

describe('zoneLabel', () => {
  it.each([
    ['America/Argentina/Buenos_Aires', 'Buenos Aires (Argentina)'],
    ['Europe/Kyiv', 'Kyiv'],
    ['UTC', 'UTC'],
  ])('%s → %s', (zone, label) => expect(zoneLabel(zone)).toBe(label));
});
