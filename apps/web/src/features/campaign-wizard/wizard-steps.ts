/** The campaign wizard's steps, in the URL so the browser's Back goes to the previous one. */
export const WIZARD_STEPS = ['basics', 'scope', 'screening', 'vendors', 'team', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
