import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { errorMessage, fieldErrorsOf } from './api-errors';

/**
 * Puts the server's per-field messages on the form's fields; a failure with
 * no field goes to the form itself. Returns the fields it marked. A path no
 * field shows still reaches the user: <FormErrors/> lists it.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
): string[] {
  const fields = Object.entries(fieldErrorsOf(error));
  for (const [path, message] of fields) {
    setError((path || 'root') as Path<T>, { type: 'server', message });
  }
  if (fields.length === 0) {
    setError('root' as Path<T>, { type: 'server', message: errorMessage(error) });
  }
  return fields.map(([path]) => path);
}

type FlatError = { path: string; message: string };

const NOT_CHILDREN = new Set(['ref', 'type', 'message', 'types']);

/**
 * Every message in a react-hook-form errors tree with its dotted path. An
 * array's own error ("root") takes the array's path; the form's own, ''.
 */
export function flattenErrors(errors: FieldErrors): FlatError[] {
  const found: FlatError[] = [];
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const { message } = node as { message?: unknown };
    if (typeof message === 'string' && message && 'type' in node) found.push({ path, message });
    for (const [key, child] of Object.entries(node)) {
      if (NOT_CHILDREN.has(key)) continue;
      walk(child, key === 'root' ? path : path ? `${path}.${key}` : key);
    }
  };
  walk(errors, '');
  return found;
}

/** A field path for people: "screeningQuestions.0.followUps.1" → "Screening questions #1 › follow ups #2". */
export function describePath(path: string): string {
  const parts: string[] = [];
  for (const segment of path.split('.')) {
    const last = parts.length - 1;
    if (/^\d+$/.test(segment) && last >= 0) parts[last] += ` #${Number(segment) + 1}`;
    else parts.push(segment.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
  }
  const text = parts.join(' › ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
