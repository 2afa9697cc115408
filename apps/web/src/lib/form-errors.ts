import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { fieldErrorsOf } from './api-errors';
import { notify } from './notify';

/**
 * Puts the server's per-field messages on the form's fields; a failure with
 * no field goes to the form itself and a toast. Returns the fields it marked.
 */
export function applyServerErrors<T extends FieldValues>(
  error: { message: string },
  setError: UseFormSetError<T>,
): string[] {
  const fields = Object.entries(fieldErrorsOf(error));
  for (const [path, message] of fields) {
    setError((path || 'root') as Path<T>, { type: 'server', message });
  }
  if (fields.length === 0) {
    setError('root' as Path<T>, { type: 'server', message: error.message });
    notify.error(error.message);
  }
  return fields.map(([path]) => path);
}
