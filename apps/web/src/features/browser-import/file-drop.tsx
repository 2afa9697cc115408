import { FileUp } from 'lucide-react';
import { type DragEvent, useId, useState } from 'react';
import { cn } from '../../lib/cn';

/** A drop zone that is also a file picker (click, keyboard, or drag a file onto it). */
export function FileDrop({
  onFile,
  disabled,
}: {
  onFile: (file: File) => void;
  disabled?: boolean;
}) {
  const id = useId();
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file && !disabled) onFile(file);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files);
  };
  return (
    <label
      htmlFor={id}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={cn(
        'flex cursor-pointer flex-col items-center gap-2 rounded-lg border-2 border-dashed px-4 py-8 text-center text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring',
        over ? 'border-primary bg-primary/5' : 'hover:bg-accent/50',
        disabled && 'pointer-events-none opacity-60',
      )}
    >
      <FileUp className="size-7 text-muted-foreground" aria-hidden />
      <span className="font-medium">Drop the file here, or choose it</span>
      <span className="text-xs text-muted-foreground">
        expert-network-browser-data.json, from the snippet below
      </span>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        aria-label="Browser data file"
        className="sr-only"
        disabled={disabled}
        onChange={(e) => {
          take(e.target.files);
          // The same file can be chosen again after a fix.
          e.target.value = '';
        }}
      />
    </label>
  );
}
