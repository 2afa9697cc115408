import type { BookingWarning } from '@expert-network/contract/rules';
import { fieldErrorsOf } from '../../lib/api-errors';

export type RaisedWarning = { warning: BookingWarning; message: string };

/** The warnings a refused booking asks the user to confirm (issues on `confirm.<warning>`). */
export function bookingWarningsOf(error: unknown): RaisedWarning[] {
  return Object.entries(fieldErrorsOf(error)).flatMap(([path, message]) =>
    path.startsWith('confirm.')
      ? [{ warning: path.slice('confirm.'.length) as BookingWarning, message }]
      : [],
  );
}
