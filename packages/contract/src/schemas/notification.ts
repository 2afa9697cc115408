import { z } from 'zod';
import { id } from './common';

/** Some notices by id, or (ids left out) all of them. */
export const markNotificationsReadInput = z.strictObject({ ids: z.array(id).max(100).optional() });
