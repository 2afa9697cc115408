import { useLayoutEffect, useRef, useState } from 'react';
import { type Control, type FieldValues, useFormState } from 'react-hook-form';
import { describePath, flattenErrors } from '../../lib/form-errors';

/** Whether the form shows a field's message itself: a control or a <Field> carries its name. */
function isShown(form: HTMLFormElement | null | undefined, path: string): boolean {
  if (!form) return false;
  const name = CSS.escape(path);
  return Boolean(form.querySelector(`[name="${name}"], [data-field="${name}"]`));
}

/**
 * The form's own message (a failure with no field) and every field error that
 * no field on screen shows (a key the schema does not know, a field that is
 * hidden), so that no failed check is ever silent. Place it inside the form.
 */
export function FormErrors<T extends FieldValues>({ control }: { control?: Control<T> }) {
  const { errors } = useFormState({ control });
  const anchor = useRef<HTMLDivElement>(null);
  const [unshown, setUnshown] = useState<string[]>([]);
  // After each render, once the fields that show their own errors are on the page.
  useLayoutEffect(() => {
    const form = anchor.current?.closest('form');
    const next = flattenErrors(errors)
      .filter(({ path }) => path !== '' && !isShown(form, path))
      .map(({ path, message }) => `${describePath(path)}: ${message}`);
    setUnshown((current) => (current.join('\n') === next.join('\n') ? current : next));
  });
  const messages = [errors.root?.message, ...unshown].filter(Boolean);
  return (
    <div ref={anchor} role="alert" className={messages.length ? undefined : 'hidden'}>
      {messages.length > 0 && (
        <ul className="grid gap-1 rounded-md bg-destructive/10 px-3 py-2 text-sm text-destructive">
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
