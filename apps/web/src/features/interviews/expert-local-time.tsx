import { expertTimeZone, zoneLabel } from '@expert-network/contract/rules';
import { formatInZone, zoneAbbreviation } from '../../lib/format';

/**
 * The chosen time on the expert's own clock, from where their profile says
 * they are; says so plainly when the location does not name a zone.
 */
export function ExpertLocalTime({
  name,
  location,
  at,
}: {
  name: string;
  location: string | null | undefined;
  at: Date | null;
}) {
  const zone = expertTimeZone(location);
  let text: string;
  if (!location) text = `${name}'s profile gives no location, so their local time is not known.`;
  else if (!zone) text = `“${location}” does not say which time zone ${name} is in.`;
  else if (!at) text = `${name} is in ${zoneLabel(zone)} (${zone}).`;
  else {
    text = `For ${name} in ${location}: ${formatInZone(at, zone)} ${zoneAbbreviation(at, zone)}.`;
  }
  return (
    <p className="-mt-2 text-xs text-muted-foreground" data-testid="expert-local-time">
      {text}
    </p>
  );
}
