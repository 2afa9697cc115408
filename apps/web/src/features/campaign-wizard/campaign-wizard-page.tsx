import { createCampaignInput } from '@expert-network/api/schemas';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Check, ChevronLeft, ChevronRight } from 'lucide-react';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { PageHeader } from '../../components/layout/page-header';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { cn } from '../../lib/cn';
import { applyServerErrors } from '../../lib/form-errors';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';
import { StepBasics } from './step-basics';
import { StepReview } from './step-review';
import { StepScope } from './step-scope';
import { StepScreening } from './step-screening';
import { StepTeam } from './step-team';
import { StepVendors } from './step-vendors';
import {
  cleanOptions,
  STEPS,
  stepOfField,
  type WizardOutput,
  type WizardValues,
} from './wizard-form';

const route = getRouteApi('/app/campaigns/new');

const STEP_VIEWS = [StepBasics, StepScope, StepScreening, StepVendors, StepTeam, StepReview];

export function CampaignWizardPage() {
  const { projectId } = route.useSearch();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const form = useForm<WizardValues, unknown, WizardOutput>({
    resolver: zodResolver(createCampaignInput),
    defaultValues: {
      campaignName: '',
      projectId: projectId ?? null,
      industryVertical: '',
      customIndustry: null,
      briefDescription: '',
      expandedDescription: '',
      targetRegions: [],
      customRegions: [],
      startDate: null,
      targetCompletionDate: null,
      minCalls: null,
      maxCalls: null,
      estimatedCalls: null,
      screeningQuestions: [],
      vendorPlatformIds: [],
      teamMemberIds: [],
    },
  });

  const create = useMutation(
    trpc.campaign.create.mutationOptions({
      onSuccess: async (campaign) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.campaign.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.project.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.dashboard.pathKey() }),
        ]);
        notify.success(`Campaign ${campaign.campaignName} created`);
        await navigate({
          to: '/campaigns/$campaignId',
          params: { campaignId: campaign.id },
          search: {},
        });
      },
      onError: (error) => {
        const fields = applyServerErrors(error, form.setError);
        if (fields[0]) setStep(stepOfField(fields[0]));
      },
    }),
  );

  const last = STEPS.length - 1;
  const next = async () => {
    const valid = await form.trigger([...(STEPS[step]?.fields ?? [])] as (keyof WizardValues)[]);
    if (valid) setStep((s) => Math.min(last, s + 1));
  };
  const submit = form.handleSubmit(
    (values) =>
      create.mutate({
        ...values,
        screeningQuestions: values.screeningQuestions.map((q) => ({
          ...q,
          options: cleanOptions(q),
          followUps: q.followUps.map((f) => ({ ...f, options: cleanOptions(f) })),
        })),
      }),
    (errors) => {
      const first = Object.keys(errors)[0];
      if (first) setStep(stepOfField(first));
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
        <div className="grid gap-8 p-8 lg:grid-cols-[13rem_1fr]">
          <nav aria-label="Wizard steps">
            <ol className="grid gap-1">
              {STEPS.map((s, i) => (
                <li key={s.id}>
                  <button
                    type="button"
                    onClick={() => i < step && setStep(i)}
                    disabled={i > step}
                    aria-current={i === step ? 'step' : undefined}
                    className={cn(
                      'flex w-full items-center gap-3 rounded-md px-2 py-1.5 text-left text-sm',
                      i === step && 'bg-accent font-medium',
                      i < step && 'text-foreground hover:bg-accent/60',
                      i > step && 'text-muted-foreground',
                    )}
                  >
                    <span
                      className={cn(
                        'grid size-6 shrink-0 place-items-center rounded-full border text-xs',
                        i < step && 'border-primary bg-primary text-primary-foreground',
                        i === step && 'border-primary text-primary',
                      )}
                    >
                      {i < step ? <Check className="size-3.5" /> : i + 1}
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
              if (step === last) void submit();
              else void next();
            }}
          >
            <Card className="p-6">
              <h2 className="mb-1 text-base font-semibold">{STEPS[step]?.title}</h2>
              <View />
              {form.formState.errors.root?.message && (
                <p role="alert" className="mt-4 text-sm text-destructive">
                  {form.formState.errors.root.message}
                </p>
              )}
            </Card>
            <div className="mt-4 flex justify-between">
              <Button
                variant="secondary"
                onClick={() => setStep((s) => Math.max(0, s - 1))}
                disabled={step === 0}
              >
                <ChevronLeft /> Back
              </Button>
              {step === last ? (
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
    </>
  );
}
