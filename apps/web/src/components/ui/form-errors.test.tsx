import { act, cleanup, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { FormErrors } from './form-errors';

afterEach(cleanup);

type Values = { campaignName: string; hidden: string };

/** A form with one field on screen; `errors` are set as a failed save would set them. */
function Form({ errors }: { errors: [keyof Values | 'root', string][] }) {
  const form = useForm<Values>({ defaultValues: { campaignName: '', hidden: '' } });
  useEffect(() => {
    for (const [name, message] of errors) form.setError(name, { type: 'server', message });
  }, [form, errors]);
  return (
    <form>
      <input aria-label="Campaign name" {...form.register('campaignName')} />
      <FormErrors control={form.control} />
    </form>
  );
}

describe('<FormErrors/>: no failed check is silent', () => {
  it('shows nothing while the form has no error', () => {
    render(<Form errors={[]} />);
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it("lists the form's own message and errors no field on screen shows", async () => {
    await act(async () => {
      render(
        <Form
          errors={[
            ['root', 'That project code is taken'],
            ['hidden', 'Unknown field'],
            ['campaignName', 'Required'],
          ]}
        />,
      );
    });
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['That project code is taken', 'Hidden: Unknown field']);
    // The field on screen shows its own error; the list does not repeat it.
    expect(items.join(' ')).not.toContain('Required');
  });
});
