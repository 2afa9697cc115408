/**
 * Time-zone names people pick from. Browsers list CLDR's ids, which keep
 * names IANA has since replaced (Asia/Calcutta, Europe/Kiev): those are shown
 * under their current name, and each zone once.
 */

/** CLDR ids that IANA renamed or folded into another zone, and the current name. */
export const RENAMED_ZONES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Montreal': 'America/Toronto',
  'America/Nipigon': 'America/Toronto',
  'America/Pangnirtung': 'America/Iqaluit',
  'America/Rainy_River': 'America/Winnipeg',
  'America/Santa_Isabel': 'America/Tijuana',
  'America/Thunder_Bay': 'America/Toronto',
  'America/Yellowknife': 'America/Edmonton',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Choibalsan': 'Asia/Ulaanbaatar',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Australia/Currie': 'Australia/Hobart',
  'Europe/Kiev': 'Europe/Kyiv',
  'Europe/Uzhgorod': 'Europe/Kyiv',
  'Europe/Zaporozhye': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Johnston': 'Pacific/Honolulu',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Etc/UTC': 'UTC',
  'Etc/GMT': 'UTC',
};

/** A zone's current IANA name ("Asia/Calcutta" → "Asia/Kolkata"); other names as given. */
export const currentZoneName = (zone: string): string => RENAMED_ZONES[zone] ?? zone;

/** "America/Argentina/Buenos_Aires" → "Buenos Aires (Argentina)"; "UTC" stays. */
export function zoneLabel(zone: string): string {
  const [, ...rest] = zone.split('/');
  if (rest.length === 0) return zone;
  const place = rest.at(-1)?.replaceAll('_', ' ') ?? zone;
  const within = rest.slice(0, -1).map((p) => p.replaceAll('_', ' '));
  return within.length ? `${place} (${within.join(', ')})` : place;
}

export type ZoneGroup = { region: string; zones: string[] };

/**
 * The zones a runtime knows (`Intl.supportedValuesOf('timeZone')`), under their
 * current names, once each, grouped by region (the first part of the name) in
 * alphabetical order; UTC comes first on its own.
 */
export function groupTimeZones(known: readonly string[]): ZoneGroup[] {
  const current = new Set(known.map(currentZoneName));
  current.add('UTC');
  const byRegion = new Map<string, string[]>();
  for (const zone of [...current].sort()) {
    const region = zone.includes('/') ? (zone.split('/')[0] ?? zone) : 'UTC';
    byRegion.set(region, [...(byRegion.get(region) ?? []), zone]);
  }
  return [...byRegion.entries()]
    .sort(([a], [b]) => (a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b)))
    .map(([region, zones]) => ({ region, zones }));
}
