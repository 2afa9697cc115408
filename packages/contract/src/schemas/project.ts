import { z } from 'zod';
import { budgetCents, byId, name, optionalText, orderedIds, pageInput } from './common';

export const projectCode = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(40)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, 'Letters, digits, dot, dash or underscore');

/** In the user's order (then id), a page at a time. */
export const listProjectsInput = z.strictObject({ ...pageInput }).optional();

export const createProjectInput = z.strictObject({
  /** Left out: one is made from the name (e.g. "PRJ-7"). */
  projectCode: projectCode.optional(),
  projectName: name(),
  description: optionalText(5_000),
  /** What the project's calls may cost in all, across its campaigns; null: no budget. */
  budgetCents: budgetCents.nullish(),
});

export const updateProjectInput = z.strictObject({
  id: byId.shape.id,
  projectCode: projectCode.optional(),
  projectName: name().optional(),
  description: optionalText(5_000),
  budgetCents: budgetCents.nullish(),
});

export const reorderProjectsInput = z.strictObject({ ids: orderedIds });
