import { useQuery } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

export type Vendor = RouterOutputs['vendor']['list'][number];

/** The vendor directory: shared reference data, rarely changes. */
export function useVendors() {
  const trpc = useTRPC();
  return useQuery(trpc.vendor.list.queryOptions(undefined, { staleTime: 10 * 60_000 }));
}

export type VendorFilter = { search: string; location: string; tag: string };

export function filterVendors(vendors: Vendor[], { search, location, tag }: VendorFilter) {
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

/** Distinct values for the filter menus, most common first. */
export function vendorFacets(vendors: Vendor[]) {
  const count = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
  };
  return {
    locations: count(vendors.map((v) => v.location)),
    tags: count(vendors.flatMap((v) => v.tags)),
  };
}
