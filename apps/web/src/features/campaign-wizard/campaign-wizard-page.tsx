import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useBlocker, useNavigate } from '@tanstack/react-router';
import { Check, ChevronLeft, ChevronRight, History } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, type Path, useForm } from 'react-hook-form';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { FormErrors } from '../../components/ui/form-errors';
import { PageHeader } from '../../components/ui/page-header';
import { cn } from '../../lib/cn';
import { applyServerErrors, flattenErrors } from '../../lib/form-errors';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';
import { useCurrentUser } from '../auth/session';
import { StepBasics } from './step-basics';
import { StepReview } from './step-review';
import { StepScope } from './step-scope';
import { StepScreening } from './step-screening';
import { StepTeam } from './step-team';
import { StepVendors } from './step-vendors';
import { clearDraft, loadDraft, saveDraft } from './wizard-draft';
import {
  blankCampaign,
  campaignPayload,
  STEPS,
  stepOfField,
  type WizardOutput,
  type WizardValues,
  wizardResolver,
  wizardStep,
} from './wizard-form';

const route = getRouteApi('/app/campaigns/new');

const STEP_VIEWS = [StepBasics, StepScope, StepScreening, StepVendors, StepTeam, StepReview];
const LAST = STEPS.length - 1;

export function CampaignWizardPage() {
  const userId = useCurrentUser()?.id ?? '';
  const search = route.useSearch();
  const [draft] = useState(() => loadDraft(userId));
  // The furthest step whose fields passed; the URL cannot skip past it.
  const [reached, setReached] = useState(draft?.reached ?? 0);
  const step = wizardStep(search.step, reached);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<WizardValues, unknown, WizardOutput>({
    resolver: wizardResolver,
    defaultValues: draft?.values ?? blankCampaign(search.projectId ?? null),
  });
  const [restored, setRestored] = useState(Boolean(draft));
  const created = useRef(false);

  const goTo = (index: number, replace = false) =>
    void navigate({
      to: '/campaigns/new',
      search: (s) => ({ ...s, step: STEPS[index]?.id }),
      replace,
    });

  const blank = blankCampaign(search.projectId ?? null);
  const isBlank = (values: WizardValues) =>
    JSON.stringify(campaignPayload(values)) === JSON.stringify(campaignPayload(blank));
  const hasInput = () => !isBlank(form.getValues());

  // Keep a draft while there is input, and clear a field's error as soon as it
  // (or a field it depends on) is fixed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: isBlank reads the URL's project, fixed for the page
  useEffect(() => {
    const persist = (values: WizardValues) => {
      if (isBlank(values)) clearDraft(userId);
      else saveDraft(userId, { values, reached });
    };
    persist(form.getValues());
    const subscription = form.watch((values, { name }) => {
      persist(values as WizardValues);
      if (!name) return;
      const errored = flattenErrors(form.formState.errors)
        .map((e) => e.path)
        .filter(Boolean);
      if (errored.length) void form.trigger(errored as Path<WizardValues>[]);
    });
    return () => subscription.unsubscribe();
  }, [form, userId, reached]);

  const blocker = useBlocker({
    shouldBlockFn: ({ current, next }) =>
      !created.current && next.pathname !== current.pathname && hasInput(),
    enableBeforeUnload: () => !created.current && hasInput(),
    withResolver: true,
  });

  const startOver = () => {
    clearDraft(userId);
    form.reset(blank);
    setReached(0);
    setRestored(false);
    goTo(0, true);
  };

  const create = useMutation(
    trpc.campaign.create.mutationOptions({
      onSuccess: async (campaign) => {
        created.current = true;
        clearDraft(userId);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.campaign.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.project.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.dashboard.pathKey() }),
        ]);
        notify.success(`Campaign “${campaign.campaignName}” created`);
        await navigate({
          to: '/campaigns/$campaignId',
          params: { campaignId: campaign.id },
          search: {},
        });
      },
      onError: (error) => {
        const fields = applyServerErrors(error, form.setError);
        if (fields[0]) goTo(stepOfField(fields[0]));
      },
    }),
  );

  const next = async () => {
    form.clearErrors('root');
    const fields = STEPS[step]?.fields ?? [];
    const valid = await form.trigger([...fields] as Path<WizardValues>[], { shouldFocus: true });
    if (!valid) return;
    setReached((r) => Math.max(r, step + 1));
    goTo(Math.min(LAST, step + 1));
  };
  const submit = form.handleSubmit(
    (values) => create.mutate(values),
    (errors) => {
      const first = flattenErrors(errors)[0]?.path;
      if (first) goTo(stepOfField(first));
    },
  );
  const View = STEP_VIEWS[step] ?? StepBasics;

  return (
    <>
      <PageHeader
        title="New campaign"
        description="Describe what you need; the vendors you pick start proposing experts once it is created."
      />
      <FormProvider {...form}>
        <div className="grid gap-8 p-4 sm:p-6 lg:p-8 lg:grid-cols-[13rem_1fr]">
          <nav aria-label="Wizard steps">
            <ol className="grid gap-1">
              {STEPS.map((s, i) => (
                <li key={s.id}>
                  <button
                    type="button"
                    onClick={() => i <= reached && i !== step && goTo(i)}
                    disabled={i > reached}
                    aria-current={i === step ? 'step' : undefined}
                    className={cn(
                      'flex w-full items-center gap-3 rounded-md px-2 py-1.5 text-left text-sm',
                      i === step && 'bg-accent font-medium',
                      i !== step && i <= reached && 'text-foreground hover:bg-accent/60',
                      i > reached && 'text-muted-foreground',
                    )}
                  >
                    <span
                      className={cn(
                        'grid size-6 shrink-0 place-items-center rounded-full border text-xs',
                        i < reached &&
                          i !== step &&
                          'border-primary bg-primary text-primary-foreground',
                        i === step && 'border-primary text-primary',
                      )}
                    >
                      {i < reached && i !== step ? <Check className="size-3.5" /> : i + 1}
                    </span>
                    {s.title}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (step === LAST) void submit();
              else void next();
            }}
          >
            {restored && (
              <div
                role="status"
                className="mb-4 flex items-center gap-3 rounded-lg border border-primary/30 bg-primary/5 px-4 py-2.5 text-sm"
              >
                <History className="size-4 shrink-0 text-primary" aria-hidden />
                <span className="flex-1">Restored the campaign you were writing in this tab.</span>
                <Button variant="ghost" size="sm" onClick={startOver}>
                  Start over
                </Button>
              </div>
            )}
            <Card className="p-6">
              <h2 className="mb-1 text-base font-semibold">{STEPS[step]?.title}</h2>
              <View />
              <div className="mt-4">
                <FormErrors />
              </div>
            </Card>
            <div className="mt-4 flex justify-between">
              <Button variant="secondary" onClick={() => goTo(step - 1)} disabled={step === 0}>
                <ChevronLeft /> Back
              </Button>
              {step === LAST ? (
                <Button type="submit" disabled={create.isPending}>
                  {create.isPending ? 'Creating…' : 'Create campaign'}
                </Button>
              ) : (
                <Button type="submit">
                  Next <ChevronRight />
                </Button>
              )}
            </div>
          </form>
        </div>
      </FormProvider>
      <ConfirmDialog
        open={blocker.status === 'blocked'}
        onOpenChange={(open) => !open && blocker.reset?.()}
        title="Leave the new campaign?"
        description="It is not created yet. What you typed stays as a draft in this tab: open New campaign again to carry on."
        cancelLabel="Keep editing"
        confirmLabel="Leave"
        confirmVariant="primary"
        onConfirm={() => blocker.proceed?.()}
        extraAction={{
          label: 'Discard the draft',
          onSelect: () => {
            clearDraft(userId);
            created.current = true;
            blocker.proceed?.();
          },
        }}
      />
    </>
  );
}
