import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';

/**
 * An optional budget typed in whole dollars and kept in cents (the API's unit);
 * blank means no budget.
 */
export function BudgetField<T extends FieldValues>({
  control,
  name,
  hint,
  className,
}: {
  control: Control<T>;
  name: Path<T>;
  hint: string;
  className?: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field
          label="Budget (USD)"
          hint={hint}
          error={fieldState.error?.message}
          className={className}
        >
          <Input
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            placeholder="No budget"
            name={field.name}
            ref={field.ref}
            onBlur={field.onBlur}
            value={field.value == null ? '' : String(field.value / 100)}
            onChange={(e) =>
              field.onChange(
                e.target.value === '' ? null : Math.round(Number(e.target.value) * 100),
              )
            }
          />
        </Field>
      )}
    />
  );
}
