import { updateCampaignInput } from '@expert-network/api/schemas';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { Pencil } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '../../components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from '../../components/ui/dialog';
import { Field } from '../../components/ui/field';
import { Input, Textarea } from '../../components/ui/input';
import { applyServerErrors } from '../../lib/form-errors';
import { textOrNull } from '../../lib/form-values';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';
import { optionalDate, optionalNumber } from '../campaign-wizard/wizard-form';
import { type Campaign, useInvalidateCampaign } from './use-campaign';

type Values = z.input<typeof updateCampaignInput>;

/** The campaign's name, brief, dates and call targets, after the wizard. */
export function EditCampaignDialog({ campaign }: { campaign: Campaign }) {
  const [open, setOpen] = useState(false);
  const trpc = useTRPC();
  const invalidate = useInvalidateCampaign();
  const form = useForm<Values, unknown, z.output<typeof updateCampaignInput>>({
    resolver: zodResolver(updateCampaignInput),
    values: {
      id: campaign.id,
      campaignName: campaign.campaignName,
      briefDescription: campaign.briefDescription,
      expandedDescription: campaign.expandedDescription,
      startDate: campaign.startDate,
      targetCompletionDate: campaign.targetCompletionDate,
      minCalls: campaign.minCalls,
      maxCalls: campaign.maxCalls,
      estimatedCalls: campaign.estimatedCalls,
    },
  });
  const save = useMutation(
    trpc.campaign.update.mutationOptions({
      onSuccess: async (c) => {
        await invalidate();
        notify.success(`${c.campaignName} saved`);
        setOpen(false);
      },
      onError: (error) => applyServerErrors(error, form.setError),
    }),
  );
  const errors = form.formState.errors;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary">
          <Pencil /> Edit
        </Button>
      </DialogTrigger>
      <DialogContent title="Edit campaign" className="max-w-2xl">
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
          <div className="sm:col-span-3">
            <DialogFooter>
              <Button type="submit" disabled={save.isPending}>
                {save.isPending ? 'Saving…' : 'Save'}
              </Button>
            </DialogFooter>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
