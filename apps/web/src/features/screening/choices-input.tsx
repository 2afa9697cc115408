import { type Ref, useEffect, useState } from 'react';
import { Textarea } from '../../components/ui/input';

const parse = (text: string) =>
  text
    .split('\n')
    .map((c) => c.trim())
    .filter(Boolean);

/** Choices typed one per line, kept as an array (undefined while there are none). */
export function ChoicesInput({
  value,
  onChange,
  ...props
}: {
  value: string[] | undefined;
  onChange: (choices: string[] | undefined) => void;
  onBlur?: () => void;
  name?: string;
  ref?: Ref<HTMLTextAreaElement>;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const [text, setText] = useState((value ?? []).join('\n'));
  // Follow a value set from outside (a restored draft, a reset form).
  useEffect(() => {
    if (parse(text).join('\n') !== (value ?? []).join('\n')) setText((value ?? []).join('\n'));
  }, [value, text]);
  return (
    <Textarea
      rows={3}
      value={text}
      placeholder={'One choice per line\nUnder $10m\n$10–50m'}
      onChange={(e) => {
        setText(e.target.value);
        const choices = parse(e.target.value);
        onChange(choices.length ? choices : undefined);
      }}
      {...props}
    />
  );
}
