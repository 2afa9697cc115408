import { editCampaignForm } from '@expert-network/contract';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { Pencil } from 'lucide-react';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '../../components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from '../../components/ui/dialog';
import { Field } from '../../components/ui/field';
import { FormErrors } from '../../components/ui/form-errors';
import { Input, Textarea } from '../../components/ui/input';
import { TimeZonePicker } from '../../components/ui/time-zone-picker';
import { applyServerErrors } from '../../lib/form-errors';
import { optionalDate, optionalNumber, textOrNull } from '../../lib/form-values';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';
import { FRIENDLY } from '../../lib/zod-messages';
import { BudgetField } from './budget-field';
import { IndustryFields, ProjectField, RegionFields } from './campaign-fields';
import { type Campaign, useInvalidateCampaign } from './use-campaign';

type Values = z.input<typeof editCampaignForm>;

const resolver = zodResolver(editCampaignForm, FRIENDLY);

/** Everything the wizard's first two steps set, after the wizard. */
export function EditCampaignDialog({ campaign }: { campaign: Campaign }) {
  const [open, setOpen] = useState(false);
  const trpc = useTRPC();
  const invalidate = useInvalidateCampaign();
  const form = useForm<Values, unknown, z.output<typeof editCampaignForm>>({
    resolver,
    values: {
      id: campaign.id,
      campaignName: campaign.campaignName,
      projectId: campaign.projectId,
      industryVertical: campaign.industryVertical,
      customIndustry: campaign.customIndustry,
      subIndustry: campaign.subIndustry,
      briefDescription: campaign.briefDescription,
      expandedDescription: campaign.expandedDescription,
      targetRegions: campaign.targetRegions,
      customRegions: campaign.customRegions,
      startDate: campaign.startDate,
      targetCompletionDate: campaign.targetCompletionDate,
      minCalls: campaign.minCalls,
      maxCalls: campaign.maxCalls,
      estimatedCalls: campaign.estimatedCalls,
      defaultTimezone: campaign.defaultTimezone,
      budgetCents: campaign.budgetCents,
    },
  });
  const save = useMutation(
    trpc.campaign.update.mutationOptions({
      onSuccess: async (c) => {
        await invalidate();
        notify.success(`“${c.campaignName}” saved`);
        setOpen(false);
      },
      onError: (error) => applyServerErrors(error, form.setError),
    }),
  );
  const errors = form.formState.errors;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) form.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary">
          <Pencil /> Edit
        </Button>
      </DialogTrigger>
      <DialogContent title="Edit campaign" className="max-w-2xl">
        <FormProvider {...form}>
          <form
            className="grid gap-4 sm:grid-cols-3"
            noValidate
            onSubmit={form.handleSubmit((v) => save.mutate(v))}
          >
            <Field
              label="Campaign name"
              error={errors.campaignName?.message}
              className="sm:col-span-3"
            >
              <Input {...form.register('campaignName')} />
            </Field>
            <div className="grid gap-4 sm:col-span-3 sm:grid-cols-2">
              <ProjectField />
              <IndustryFields customClassName="sm:col-span-2" />
            </div>
            <Field label="Brief" error={errors.briefDescription?.message} className="sm:col-span-3">
              <Textarea rows={3} {...form.register('briefDescription')} />
            </Field>
            <Field
              label="Expanded description"
              error={errors.expandedDescription?.message}
              className="sm:col-span-3"
            >
              <Textarea
                rows={3}
                {...form.register('expandedDescription', { setValueAs: textOrNull })}
              />
            </Field>
            <RegionFields className="grid gap-2 sm:col-span-3" />
            <Field label="Start date" error={errors.startDate?.message}>
              <Input type="date" {...form.register('startDate', { setValueAs: optionalDate })} />
            </Field>
            <Field label="Target completion" error={errors.targetCompletionDate?.message}>
              <Input
                type="date"
                {...form.register('targetCompletionDate', { setValueAs: optionalDate })}
              />
            </Field>
            <div />
            <Field label="Minimum calls" error={errors.minCalls?.message}>
              <Input
                type="number"
                min={0}
                {...form.register('minCalls', { setValueAs: optionalNumber })}
              />
            </Field>
            <Field label="Maximum calls" error={errors.maxCalls?.message}>
              <Input
                type="number"
                min={0}
                {...form.register('maxCalls', { setValueAs: optionalNumber })}
              />
            </Field>
            <Field label="Estimated calls" error={errors.estimatedCalls?.message}>
              <Input
                type="number"
                min={0}
                {...form.register('estimatedCalls', { setValueAs: optionalNumber })}
              />
            </Field>
            <BudgetField
              control={form.control}
              name="budgetCents"
              hint="Optional: what the campaign's calls may cost in all."
            />
            <Field
              label="Time zone for new calls"
              error={errors.defaultTimezone?.message}
              className="sm:col-span-2"
            >
              <TimeZonePicker
                name="defaultTimezone"
                value={form.watch('defaultTimezone') ?? ''}
                emptyLabel="Your own (Settings)"
                onChange={(zone) =>
                  form.setValue('defaultTimezone', zone || null, { shouldDirty: true })
                }
              />
            </Field>
            <div className="sm:col-span-3">
              <FormErrors />
              <DialogFooter>
                <Button type="submit" disabled={save.isPending}>
                  {save.isPending ? 'Saving…' : 'Save'}
                </Button>
              </DialogFooter>
            </div>
          </form>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}
