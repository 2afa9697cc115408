import { act, renderHook } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
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

describe('wizardStep: the URL picks the step, up to the furthest reached', () => {
  it.each([
    [undefined, 0, 0],
    ['basics', 3, 0],
    ['vendors', 3, 3],
    ['review', 2, 2], // a link past what was filled in stops where the user got to
    ['review', 5, 5],
  ] as const)('%s with step %i reached → %i', (requested, reached, step) => {
    expect(wizardStep(requested, reached)).toBe(step);
  });
});

describe('stepOfField: a server error sends the user to the step that holds the field', () => {
  it.each([
    ['campaignName', 'basics'],
    ['maxCalls', 'scope'],
    ['screeningQuestions.0.followUps.1.followUpTrigger', 'screening'],
    ['vendorPlatformIds', 'vendors'],
    ['teamMemberIds.3', 'team'],
    ['somethingElse', 'basics'],
  ])('%s → %s', (path, step) => {
    expect(STEPS[stepOfField(path)]?.id).toBe(step);
  });
});

describe('campaignPayload: what the wizard sends', () => {
  it('keeps the schema’s fields only, and each question’s options for its type only', () => {
    const values = {
      ...blankCampaign('project-1'),
      campaignName: 'Cold chain',
      somethingTheFormKept: true,
      screeningQuestions: [
        {
          questionText: 'Did you run a tender?',
          questionType: 'yes_no',
          // left over from when it was a choice question
          options: { choices: ['A', 'B'], scale: { min: 1, max: 5 } },
          uiKey: 'q1',
          followUps: [
            {
              questionText: 'Who?',
              questionType: 'single_choice',
              options: { choices: ['X'] },
              followUpTrigger: 'Yes',
            },
          ],
        },
      ],
    } as unknown as WizardValues;
    const payload = campaignPayload(values);
    expect(payload).not.toHaveProperty('somethingTheFormKept');
    expect(payload.projectId).toBe('project-1');
    const [question] = payload.screeningQuestions ?? [];
    expect(question).not.toHaveProperty('uiKey');
    expect(question?.options).toEqual({});
    expect(question?.followUps?.[0]?.options).toEqual({ choices: ['X'] });
  });
});

/** The wizard's form, validated as the page validates it. */
function wizardForm(values: Partial<WizardValues>) {
  const { result } = renderHook(() =>
    useForm<WizardValues, unknown, WizardOutput>({
      resolver: wizardResolver,
      defaultValues: { ...blankCampaign(null), ...values },
    }),
  );
  return result;
}

describe('wizardResolver: the API schema, on what would be sent, worded for people', () => {
  it('a blank first step says what is missing', async () => {
    const form = wizardForm({});
    let valid = true;
    await act(async () => {
      valid = await form.current.trigger(['campaignName', 'industryVertical']);
    });
    expect(valid).toBe(false);
    expect(form.current.getFieldState('campaignName').error?.message).toBe('Required');
  });

  it('checks the rules across fields on the scope step', async () => {
    const form = wizardForm({
      campaignName: 'Cold chain',
      industryVertical: 'Industrials',
      minCalls: 8,
      maxCalls: 5,
      startDate: '2027-02-01',
      targetCompletionDate: '2027-01-31',
    });
    await act(async () => {
      await form.current.trigger([...STEPS[1].fields]);
    });
    const messageOf = (field: 'maxCalls' | 'targetCompletionDate') =>
      form.current.getFieldState(field).error?.message;
    expect(messageOf('maxCalls')).toBe('Must be at least the minimum number of calls');
    expect(messageOf('targetCompletionDate')).toBe('Must be on or after the start date');
  });

  it('refuses a follow-up whose trigger is not an answer its question can give', async () => {
    const form = wizardForm({
      campaignName: 'Cold chain',
      industryVertical: 'Industrials',
      screeningQuestions: [
        {
          questionText: 'Did you run a tender?',
          questionType: 'yes_no',
          followUps: [{ questionText: 'Which providers?', followUpTrigger: 'Maybe' }],
        },
      ],
    });
    let valid = true;
    await act(async () => {
      valid = await form.current.trigger('screeningQuestions');
    });
    expect(valid).toBe(false);
    const message = form.current.getFieldState('screeningQuestions.0.followUps.0.followUpTrigger')
      .error?.message;
    expect(message).toMatch(/Yes|No/);
  });

  it('a complete campaign passes', async () => {
    const form = wizardForm({
      campaignName: 'Cold chain',
      industryVertical: 'Industrials',
      minCalls: 5,
      maxCalls: 8,
    });
    let valid = false;
    await act(async () => {
      valid = await form.current.trigger();
    });
    expect(valid).toBe(true);
  });
});
