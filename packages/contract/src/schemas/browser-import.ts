import { z } from 'zod';
import { MAX_BROWSER_IMPORT_BYTES, MAX_BROWSER_IMPORT_KEYS } from '../limits';

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('en-US')} MB`;

/**
 * The original app's browser storage as its console snippet saves it: every
 * key with its string value. Each entry is read on its own afterwards
 * (`readBrowserStorage`), so one bad entry is reported, not fatal; only the
 * file's shape and size are checked here.
 */
export const browserStorage = z
  .record(z.string().max(500, 'A key is longer than 500 characters'), z.string())
  .superRefine((items, ctx) => {
    const keys = Object.keys(items);
    if (keys.length > MAX_BROWSER_IMPORT_KEYS) {
      ctx.addIssue({
        code: 'custom',
        message: `The file has ${keys.length.toLocaleString('en-US')} entries; at most ${MAX_BROWSER_IMPORT_KEYS.toLocaleString('en-US')}`,
      });
      return;
    }
    let size = 0;
    for (const key of keys) size += key.length + (items[key]?.length ?? 0);
    if (size > MAX_BROWSER_IMPORT_BYTES) {
      ctx.addIssue({
        code: 'custom',
        message: `The file holds more than ${megabytes(MAX_BROWSER_IMPORT_BYTES)}; a browser's storage for one site is never that large`,
      });
    }
  });

export const browserImportInput = z.strictObject({ items: browserStorage });
export type BrowserStorage = z.infer<typeof browserStorage>;

/** The role an imported "required on calls" team member gets on the campaign. */
export const REQUIRED_INTERVIEWER_ROLE = 'Required on calls';
