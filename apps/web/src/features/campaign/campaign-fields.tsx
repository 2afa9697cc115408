import { OTHER_INDUSTRY } from '@expert-network/contract';
import { useState } from 'react';
import { type FieldError, get, useFormContext } from 'react-hook-form';
import { Field } from '../../components/ui/field';
import { Checkbox, Input, NativeSelect } from '../../components/ui/input';
import { useProjects } from '../projects/use-projects';
import { SUB_INDUSTRIES } from './sub-industries';

const INDUSTRIES = [
  'Technology',
  'Healthcare',
  'Financial Services',
  'Consumer & Retail',
  'Industrials',
  'Energy & Utilities',
  'Telecom & Media',
  'Real Estate',
] as const;

const REGIONS = [
  'North America',
  'Europe',
  'Asia-Pacific',
  'Latin America',
  'Middle East & Africa',
] as const;

/** The industry a campaign shows: the name the user gave for "Other", else the one picked. */
export const industryOf = (c: {
  industryVertical?: string | undefined;
  customIndustry?: string | null | undefined;
}) => (c.industryVertical === OTHER_INDUSTRY ? c.customIndustry : c.industryVertical);

/** The industry with its sub-industry: "Healthcare · Dental services (DSO)". */
export const industryLabel = (
  c: Parameters<typeof industryOf>[0] & { subIndustry?: string | null },
) => [industryOf(c), c.subIndustry].filter(Boolean).join(' · ');

/**
 * Campaign fields shared by the wizard and the Edit campaign dialog; each reads
 * the surrounding form (same field names in both).
 */
function useFieldError() {
  const { formState } = useFormContext();
  return (name: string): string | undefined =>
    (get(formState.errors, name) as FieldError | undefined)?.message;
}

export function ProjectField() {
  const { register } = useFormContext();
  const error = useFieldError();
  const projects = useProjects();
  return (
    <Field label="Project" error={error('projectId')}>
      <NativeSelect
        {...register('projectId', { setValueAs: (v) => v || null })}
        disabled={projects.isPending}
      >
        <option value="">No project (other campaigns)</option>
        {projects.data?.map((p) => (
          <option key={p.id} value={p.id}>
            {p.projectName} · {p.projectCode}
          </option>
        ))}
      </NativeSelect>
    </Field>
  );
}

/** The industry, its name when it is "Other", and the sub-industry (suggested per industry). */
export function IndustryFields({ customClassName }: { customClassName?: string }) {
  const { register, watch } = useFormContext();
  const error = useFieldError();
  const industry = watch('industryVertical') as string | undefined;
  // A value saved before this list (or by the API) stays selectable.
  const known = [...INDUSTRIES, OTHER_INDUSTRY] as string[];
  return (
    <>
      <Field label="Industry" error={error('industryVertical')}>
        <NativeSelect {...register('industryVertical')}>
          <option value="">Choose an industry</option>
          {INDUSTRIES.map((i) => (
            <option key={i}>{i}</option>
          ))}
          {industry && !known.includes(industry) && <option>{industry}</option>}
          <option value={OTHER_INDUSTRY}>Other…</option>
        </NativeSelect>
      </Field>
      {industry === OTHER_INDUSTRY && (
        <Field label="Custom industry" error={error('customIndustry')} className={customClassName}>
          <Input
            placeholder="Specialty chemicals"
            {...register('customIndustry', { setValueAs: (v) => v?.trim() || null })}
          />
        </Field>
      )}
      <Field
        label="Sub-industry"
        hint="Optional: narrows who vendors propose"
        error={error('subIndustry')}
        className={customClassName}
      >
        <Input
          list="sub-industry-suggestions"
          placeholder="Dental services (DSO)"
          {...register('subIndustry', { setValueAs: (v) => v?.trim() || null })}
        />
      </Field>
      <datalist id="sub-industry-suggestions">
        {(SUB_INDUSTRIES[industry ?? ''] ?? []).map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </>
  );
}

const splitList = (v: string | string[] | undefined) =>
  Array.isArray(v)
    ? v
    : (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

/** Target regions from the list, and others typed comma-separated. */
export function RegionFields({ className }: { className?: string }) {
  const { register, getValues } = useFormContext();
  const error = useFieldError();
  // Regions saved outside this list (by the API, an older list) stay on offer, so saving keeps them.
  const [regions] = useState(() => [
    ...REGIONS,
    ...((getValues('targetRegions') as string[] | undefined) ?? []).filter(
      (r) => !(REGIONS as readonly string[]).includes(r),
    ),
  ]);
  return (
    <fieldset className={className} data-field="targetRegions">
      <legend className="mb-2 text-sm font-medium">Target regions</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {regions.map((r) => (
          <label key={r} className="flex items-center gap-2 text-sm">
            <Checkbox value={r} {...register('targetRegions')} /> {r}
          </label>
        ))}
      </div>
      {error('targetRegions') && (
        <p role="alert" className="mt-1 text-xs text-destructive">
          {error('targetRegions')}
        </p>
      )}
      <Field
        label="Other regions"
        hint="Comma-separated, e.g. Nordics, DACH"
        error={error('customRegions')}
        className="mt-3 max-w-md"
      >
        <Input {...register('customRegions', { setValueAs: splitList })} />
      </Field>
    </fieldset>
  );
}
