import { currentZoneName } from '@expert-network/contract/rules';
import { THEMES, type Theme } from '@expert-network/contract/values';
import { Monitor, Moon, RotateCcw, Sun } from 'lucide-react';
import { lazy, Suspense } from 'react';
import { Button } from '../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../components/ui/card';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { Field } from '../../components/ui/field';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { TimeZonePicker } from '../../components/ui/time-zone-picker';
import { cn } from '../../lib/cn';
import { browserTimeZone } from '../../lib/format';
import { notify } from '../../lib/notify';
import { useCurrentUser } from '../auth/session';
import { CalendarFeedCard } from '../calendar-feed/calendar-feed-card';
import { DoNotContactCard } from '../compliance/do-not-contact-card';
import { usePreferences, useUpdatePreferences } from '../preferences/use-preferences';

// Brings zod and the contract's schemas: loaded with the card, not with the app.
const BrowserImportPanel = lazy(() =>
  import('../browser-import/browser-import-panel').then((m) => ({
    default: m.BrowserImportPanel,
  })),
);

const THEME_LOOK: Record<Theme, { label: string; icon: typeof Sun }> = {
  light: { label: 'Light', icon: Sun },
  dark: { label: 'Dark', icon: Moon },
  system: { label: 'System', icon: Monitor },
};

export function SettingsPage() {
  const user = useCurrentUser();
  const prefs = usePreferences();
  const update = useUpdatePreferences();
  return (
    <>
      <PageHeader
        title="Settings"
        description="Your preferences follow you to any browser you sign in from."
      />
      <div className="grid max-w-3xl gap-6 p-4 sm:p-6 lg:p-8">
        <Card>
          <CardHeader title="Account" />
          <CardBody className="text-sm">
            <div className="font-medium">{user?.name}</div>
            <div className="text-muted-foreground">{user?.email}</div>
          </CardBody>
        </Card>
        <DoNotContactCard />
        <CalendarFeedCard />
        <Card>
          <CardHeader title="Appearance" description="Light, dark, or follow your system." />
          <CardBody>
            {prefs.isPending ? (
              <Skeleton className="h-20" />
            ) : (
              <fieldset className="grid grid-cols-3 gap-3">
                <legend className="sr-only">Theme</legend>
                {THEMES.map((t) => {
                  const { label, icon: Icon } = THEME_LOOK[t];
                  const checked = prefs.data?.theme === t;
                  return (
                    <label
                      key={t}
                      className={cn(
                        'flex cursor-pointer flex-col items-center gap-2 rounded-lg border p-4 text-sm hover:bg-accent/50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring',
                        checked && 'border-primary ring-1 ring-primary',
                      )}
                    >
                      <input
                        type="radio"
                        name="theme"
                        value={t}
                        checked={checked}
                        onChange={() => update.mutate({ theme: t })}
                        className="sr-only"
                      />
                      <Icon className="size-5" aria-hidden />
                      {label}
                    </label>
                  );
                })}
              </fieldset>
            )}
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            title="Time zone"
            description="The zone new interviews are booked in by default, and the one the calendar shows."
          />
          <CardBody>
            <Field label="Default time zone" className="max-w-sm">
              <TimeZonePicker
                name="timezone"
                value={prefs.data?.timezone ?? ''}
                emptyLabel={`This browser's (${currentZoneName(browserTimeZone())})`}
                onChange={(zone) => update.mutate({ timezone: zone || null })}
              />
            </Field>
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            title="Saved layout"
            description="Column widths, panel sizes, expanded projects, the sidebar and calendar view."
          />
          <CardBody>
            <ConfirmDialog
              title="Reset the saved layout?"
              description="Column widths, panel sizes and expanded projects go back to their defaults. Your theme stays."
              confirmLabel="Reset layout"
              onConfirm={() =>
                update.mutate(
                  {
                    columnWidths: {},
                    panelSizing: {},
                    expandedProjects: [],
                    sidebarCollapsed: false,
                    calendarView: 'week',
                  },
                  { onSuccess: () => notify.success('Layout reset') },
                )
              }
              trigger={
                <Button variant="secondary">
                  <RotateCcw /> Reset saved layout
                </Button>
              }
            />
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            title="Bring data from the previous version"
            description="Projects, campaigns, team, required interviewers, time zones and theme from the old app's browser storage. You see what will be created before anything is."
          />
          <CardBody>
            <Suspense fallback={<Skeleton className="h-32" />}>
              <BrowserImportPanel />
            </Suspense>
          </CardBody>
        </Card>
      </div>
    </>
  );
}
