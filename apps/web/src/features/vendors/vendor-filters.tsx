import { Search } from 'lucide-react';
import { Input, NativeSelect } from '../../components/ui/input';
import type { Facet, VendorFilter, vendorFacets } from './use-vendors';

export function VendorFilters({
  filter,
  onChange,
  locations,
  tagGroups,
}: {
  filter: VendorFilter;
  onChange: (filter: VendorFilter) => void;
} & ReturnType<typeof vendorFacets>) {
  return (
    <div className="flex flex-wrap gap-2">
      <div className="relative min-w-56 flex-1">
        <Search className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" />
        <Input
          aria-label="Search vendors"
          placeholder="Search by name or tag"
          className="pl-8"
          value={filter.search}
          onChange={(e) => onChange({ ...filter, search: e.target.value })}
        />
      </div>
      <NativeSelect
        aria-label="Location"
        className="w-full sm:w-44"
        value={filter.location}
        onChange={(e) => onChange({ ...filter, location: e.target.value })}
      >
        <option value="">All locations</option>
        {locations.map(facetOption)}
      </NativeSelect>
      <NativeSelect
        aria-label="Tag"
        className="w-full sm:w-48"
        value={filter.tag}
        onChange={(e) => onChange({ ...filter, tag: e.target.value })}
      >
        <option value="">All specialties</option>
        {tagGroups.map(({ group, tags }) => (
          <optgroup key={group} label={group}>
            {tags.map(facetOption)}
          </optgroup>
        ))}
      </NativeSelect>
    </div>
  );
}

const facetOption = ({ value, count }: Facet) => (
  <option key={value} value={value}>
    {value} ({count})
  </option>
);
