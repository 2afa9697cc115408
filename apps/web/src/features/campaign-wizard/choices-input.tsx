import { useState } from 'react';
import { Textarea } from '../../components/ui/input';

/** Choices typed one per line, kept as an array. */
export function ChoicesInput({
  value,
  onChange,
  ...props
}: {
  value: string[] | undefined;
  onChange: (choices: string[] | undefined) => void;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const [text, setText] = useState((value ?? []).join('\n'));
  return (
    <Textarea
      rows={3}
      value={text}
      placeholder={'One choice per line\nUnder $10m\n$10–50m'}
      onChange={(e) => {
        setText(e.target.value);
        const choices = e.target.value
          .split('\n')
          .map((c) => c.trim())
          .filter(Boolean);
        onChange(choices.length ? choices : undefined);
      }}
      {...props}
    />
  );
}
