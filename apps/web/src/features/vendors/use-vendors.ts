import { TAG_GROUPS, tagGroup } from '@expert-network/contract/vendor-tags';
import { useQuery } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

export type Vendor = RouterOutputs['vendor']['list'][number];

/** The vendor directory: shared reference data, rarely changes. */
export function useVendors() {
  const trpc = useTRPC();
  return useQuery(trpc.vendor.list.queryOptions(undefined, { staleTime: 10 * 60_000 }));
}

export type VendorFilter = { search: string; location: string; tag: string };

export function filterVendors<T extends Vendor>(
  vendors: T[],
  { search, location, tag }: VendorFilter,
): T[] {
  const needle = search.trim().toLowerCase();
  return vendors.filter(
    (v) =>
      (!needle ||
        v.name.toLowerCase().includes(needle) ||
        v.tags.some((t) => t.toLowerCase().includes(needle))) &&
      (!location || v.location === location) &&
      (!tag || v.tags.includes(tag)),
  );
}

/** Distinct values with how many vendors have each, most common first. */
function countEach(values: string[]) {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([value, count]) => ({ value, count }));
}

export type Facet = { value: string; count: number };

/** The filter menus: locations, and each tag once with its count, by vocabulary group. */
export function vendorFacets(vendors: Vendor[]) {
  const tags = countEach(vendors.flatMap((v) => v.tags));
  const groups = [...TAG_GROUPS, 'Other' as const].map((group) => ({
    group,
    tags: tags.filter((t) => (tagGroup(t.value) ?? 'Other') === group),
  }));
  return {
    locations: countEach(vendors.map((v) => v.location)),
    tagGroups: groups.filter((g) => g.tags.length > 0),
  };
}
