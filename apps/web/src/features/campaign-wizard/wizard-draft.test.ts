import { beforeEach, describe, expect, it } from 'vitest';
import { clearDraft, loadDraft, saveDraft } from './wizard-draft';
import { blankCampaign } from './wizard-form';

beforeEach(() => sessionStorage.clear());

describe('the wizard draft, kept in this tab per user', () => {
  const draft = { values: { ...blankCampaign(null), campaignName: 'Cold chain' }, reached: 2 };

  it('comes back after a reload, for the same user only', () => {
    saveDraft('alice', draft);
    expect(loadDraft('alice')).toEqual(draft);
    expect(loadDraft('bob')).toBeNull();
  });

  it('is gone once cleared (the campaign was created)', () => {
    saveDraft('alice', draft);
    clearDraft('alice');
    expect(loadDraft('alice')).toBeNull();
  });

  it.each([
    ['not JSON', '{oops'],
    ['no values', JSON.stringify({ reached: 1 })],
    ['no step', JSON.stringify({ values: {} })],
    ['null', 'null'],
  ])('a stored draft that is %s is ignored, not a crash', (_, raw) => {
    sessionStorage.setItem('campaign-wizard-draft:alice', raw);
    expect(loadDraft('alice')).toBeNull();
  });
});
