import { checkUncheckedExperts, type Database, placeUnplacedExperts } from '@expert-network/db';
import type { Logger } from './logger';

/**
 * Experts stored before compliance checks or person matching existed (or
 * upgraded from the original app) are checked, then matched, once: one after
 * the other, as both update the same rows. Runs beside the server; a failure
 * is logged and tried again at the next start.
 */
export async function tidyStoredExperts(db: Database, logger: Logger): Promise<void> {
  try {
    const checked = await checkUncheckedExperts(db);
    if (checked) logger.info({ checked }, 'checked experts never checked before');
  } catch (error) {
    logger.warn({ err: error }, 'could not check unchecked experts');
  }
  try {
    const joined = await placeUnplacedExperts(db);
    if (joined) logger.info({ joined }, 'grouped experts stored before matching');
  } catch (error) {
    logger.warn({ err: error }, 'could not match experts stored before matching');
  }
}
