import { browserStorage, MAX_BROWSER_IMPORT_BYTES } from '@expert-network/contract';

export type StorageFile = { name: string; items: Record<string, string> };

/**
 * The browser-storage file a user picked, checked with the API's own schema
 * before anything is sent: a clear sentence for a wrong or oversized file.
 */
export async function readStorageFile(file: File): Promise<StorageFile> {
  if (file.size > MAX_BROWSER_IMPORT_BYTES) {
    throw new Error(
      `${file.name} is ${(file.size / 1_000_000).toFixed(1)} MB; a browser's data for one site is at most ${MAX_BROWSER_IMPORT_BYTES / 1_000_000} MB. Is it the right file?`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    throw new Error(`${file.name} is not a JSON file. Export it with the snippet below.`);
  }
  const parsed = browserStorage.safeParse(json);
  if (!parsed.success) {
    const shapeWrong = parsed.error.issues.some((i) => i.code !== 'custom');
    throw new Error(
      shapeWrong
        ? `${file.name} is JSON, but not the old app's browser data: it should map each key to a text value.`
        : (parsed.error.issues[0]?.message ?? 'This file cannot be imported.'),
    );
  }
  if (Object.keys(parsed.data).length === 0) {
    throw new Error(`${file.name} is empty: the old app's browser held no data when it was saved.`);
  }
  return { name: file.name, items: parsed.data };
}

/**
 * The line a user pastes in the old app's browser console (README, "Browser
 * data"): downloads its storage as JSON, without the sign-in token.
 */
export const EXPORT_SNIPPET =
  "(()=>{const d=Object.fromEntries(Object.entries(localStorage).filter(([k])=>k!=='jwt')),a=document.createElement('a');a.href=URL.createObjectURL(new Blob([JSON.stringify(d)],{type:'application/json'}));a.download='expert-network-browser-data.json';a.click()})()";
