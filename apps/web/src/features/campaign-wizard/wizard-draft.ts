import type { WizardValues } from './wizard-form';

/**
 * The campaign being written, kept in this tab's sessionStorage so a reload,
 * the browser's Back or a look at another page loses nothing. Per user: a
 * second account in the same tab never sees it. Cleared once it is created.
 */
export type WizardDraft = { values: WizardValues; reached: number };

const key = (userId: string) => `campaign-wizard-draft:${userId}`;

export function loadDraft(userId: string): WizardDraft | null {
  try {
    const raw = sessionStorage.getItem(key(userId));
    const draft = raw ? (JSON.parse(raw) as WizardDraft) : null;
    return draft && typeof draft.values === 'object' && typeof draft.reached === 'number'
      ? draft
      : null;
  } catch {
    return null;
  }
}

export function saveDraft(userId: string, draft: WizardDraft) {
  try {
    sessionStorage.setItem(key(userId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the wizard still works, without a draft.
  }
}

export function clearDraft(userId: string) {
  sessionStorage.removeItem(key(userId));
}
