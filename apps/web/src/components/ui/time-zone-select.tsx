import type { ComponentProps } from 'react';
import { NativeSelect } from './input';

/**
 * A select of IANA time zones, named as people read them ("America/New York");
 * by default every zone the browser knows. `children` come first (a "this
 * browser's zone" choice, say).
 */
export function TimeZoneSelect({
  zones = Intl.supportedValuesOf('timeZone'),
  children,
  ...props
}: ComponentProps<'select'> & { zones?: readonly string[] | undefined }) {
  return (
    <NativeSelect {...props}>
      {children}
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll('_', ' ')}
        </option>
      ))}
    </NativeSelect>
  );
}
