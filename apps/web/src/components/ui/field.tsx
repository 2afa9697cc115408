import { cloneElement, type ReactElement, useId } from 'react';
import { cn } from '../../lib/cn';

type FieldProps = {
  label: string;
  /** The message shown under the field (the client's or the server's). */
  error?: string | undefined;
  hint?: string | undefined;
  className?: string;
  children: ReactElement<{
    id?: string;
    name?: string;
    'aria-invalid'?: boolean;
    'aria-describedby'?: string;
  }>;
};

/**
 * Label, control, and its hint or error, wired together for screen readers.
 * It says which form field it shows (the control's name), so <FormErrors/>
 * knows the error has a place on screen.
 */
export function Field({ label, error, hint, className, children }: FieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
  const note = error ?? hint;
  return (
    <div className={cn('grid gap-1.5', className)} data-field={children.props.name}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': note ? noteId : undefined,
      })}
      {note && (
        <p
          id={noteId}
          role={error ? 'alert' : undefined}
          className={cn('text-xs', error ? 'text-destructive' : 'text-muted-foreground')}
        >
          {note}
        </p>
      )}
    </div>
  );
}
