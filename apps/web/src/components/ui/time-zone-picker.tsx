import { currentZoneName, groupTimeZones, zoneLabel } from '@expert-network/contract/rules';
import { Command } from 'cmdk';
import { Check, ChevronsUpDown } from 'lucide-react';
import { Popover as P } from 'radix-ui';
import { useMemo, useState } from 'react';
import { cn } from '../../lib/cn';

/** "GMT+5:30" for a zone now (offsets move with daylight saving; this is today's). */
function offsetNow(zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(new Date())
    .find((p) => p.type === 'timeZoneName');
  return parts?.value ?? '';
}

/**
 * A searchable list of time zones by region, under their current IANA names
 * (an old name given as `value`, such as Asia/Calcutta, shows as Asia/Kolkata).
 * With `emptyLabel`, a first choice sends '' (no zone chosen: a default applies).
 */
export function TimeZonePicker({
  value,
  onChange,
  id,
  emptyLabel,
  invalid,
  known,
  ...aria
}: {
  value: string;
  onChange: (zone: string) => void;
  id?: string;
  emptyLabel?: string;
  invalid?: boolean;
  /** The form field it stands for (a <Field/> finds its error by it). */
  name?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  /** The zones the runtime knows (default: all of `Intl.supportedValuesOf('timeZone')`). */
  known?: readonly string[];
}) {
  const [open, setOpen] = useState(false);
  const current = value ? currentZoneName(value) : '';
  // Built when the list opens: some 420 zones, grouped by region under their current names.
  const list = useMemo(
    () => (open ? groupTimeZones(known ?? Intl.supportedValuesOf('timeZone')) : []),
    [open, known],
  );
  const pick = (zone: string) => {
    onChange(zone);
    setOpen(false);
  };
  return (
    <P.Root open={open} onOpenChange={setOpen}>
      <P.Trigger
        id={id}
        type="button"
        role="combobox"
        aria-expanded={open}
        aria-invalid={invalid || aria['aria-invalid'] || undefined}
        aria-describedby={aria['aria-describedby']}
        className="flex h-9 w-full items-center justify-between gap-2 rounded-md border bg-background px-3 text-left text-sm aria-invalid:border-destructive"
      >
        <span className="truncate">
          {current ? (
            <>
              {zoneLabel(current)}{' '}
              <span className="text-muted-foreground">
                · {current} · {offsetNow(current)}
              </span>
            </>
          ) : (
            (emptyLabel ?? 'Pick a time zone')
          )}
        </span>
        <ChevronsUpDown className="size-4 shrink-0 opacity-50" aria-hidden />
      </P.Trigger>
      {/* Not portalled: inside a dialog, a portalled list would not scroll (the dialog locks scrolling outside it). */}
      <P.Content
        align="start"
        sideOffset={4}
        className="z-50 w-[min(24rem,calc(100vw-2rem))] rounded-lg border bg-popover p-0 text-popover-foreground shadow-lg"
      >
        <Command label="Time zones">
          <Command.Input
            autoFocus
            placeholder="Search a city or zone…"
            className="h-10 w-full border-b bg-transparent px-3 text-sm outline-none"
          />
          <Command.List className="max-h-72 overflow-y-auto p-1">
            <Command.Empty className="p-3 text-sm text-muted-foreground">
              No zone by that name.
            </Command.Empty>
            {emptyLabel && (
              <Command.Item value="default" onSelect={() => pick('')} className={ITEM}>
                <Tick on={current === ''} /> {emptyLabel}
              </Command.Item>
            )}
            {list.map((g) => (
              <Command.Group
                key={g.region}
                heading={g.region}
                className="[&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-muted-foreground"
              >
                {g.zones.map((zone) => (
                  <Command.Item
                    key={zone}
                    value={zone}
                    keywords={[zoneLabel(zone)]}
                    onSelect={() => pick(zone)}
                    className={ITEM}
                  >
                    <Tick on={zone === current} />
                    <span className="truncate">{zoneLabel(zone)}</span>
                    <span className="ml-auto truncate text-xs text-muted-foreground">{zone}</span>
                  </Command.Item>
                ))}
              </Command.Group>
            ))}
          </Command.List>
        </Command>
      </P.Content>
    </P.Root>
  );
}

const ITEM =
  'flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm data-[selected=true]:bg-muted';

function Tick({ on }: { on: boolean }) {
  return <Check className={cn('size-4 shrink-0', on ? 'opacity-100' : 'opacity-0')} aria-hidden />;
}
