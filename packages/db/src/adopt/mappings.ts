/**
 * The original stored statuses and question types as free text. Each of our
 * values lists the spellings (compared trimmed and lower-cased) that become it;
 * anything else takes the fallback and is recorded. The README has this table.
 */
export type ValueMap = Record<string, readonly string[]>;

export const EXPERT_STATUS_MAP: ValueMap = {
  proposed: ['proposed', 'new', 'pending', 'sourced'],
  shortlisted: ['shortlisted', 'short-listed', 'short_listed', 'shortlist'],
  rejected: ['rejected', 'declined', 'passed', 'not a fit'],
  scheduled: ['scheduled', 'booked'],
  completed: ['completed', 'done', 'interviewed', 'called'],
};

export const INTERVIEW_STATUS_MAP: ValueMap = {
  scheduled: ['scheduled', 'rescheduled', 'booked', 'confirmed', 'pending'],
  completed: ['completed', 'done', 'held'],
  cancelled: ['cancelled', 'canceled'],
  no_show: ['no_show', 'no-show', 'noshow', 'no show', 'missed'],
};

export const ENROLLMENT_STATUS_MAP: ValueMap = {
  pending: ['pending', 'invited', 'requested'],
  active: ['active', 'enrolled', 'approved', 'live'],
  paused: ['paused', 'on hold', 'on_hold', 'hold'],
  declined: ['declined', 'rejected', 'inactive', 'cancelled', 'canceled'],
};

export const QUESTION_TYPE_MAP: ValueMap = {
  text: ['text', 'free_text', 'long_text', 'short_text', 'open'],
  yes_no: ['yes_no', 'yesno', 'yes/no', 'boolean', 'bool'],
  single_choice: ['single_choice', 'single', 'radio', 'select', 'dropdown', 'choice'],
  multi_choice: ['multi_choice', 'multi', 'multiple', 'checkbox', 'checkboxes', 'multi_select'],
  scale: ['scale', 'rating', 'likert'],
};

/** A literal for SQL text. */
const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** SQL: our value for `expression` under `map`, or NULL when it is not one we know. */
export function mapToSql(expression: string, map: ValueMap): string {
  const whens = Object.entries(map).flatMap(([ours, spellings]) =>
    spellings.map((s) => `WHEN ${literal(s)} THEN ${literal(ours)}`),
  );
  return `(CASE lower(btrim(${expression})) ${whens.join(' ')} END)`;
}

/** Our value for `value` under `map`, or undefined. */
export function mapValue(value: string | null, map: ValueMap): string | undefined {
  const key = (value ?? '').trim().toLowerCase();
  return Object.entries(map).find(([, spellings]) => spellings.includes(key))?.[0];
}
