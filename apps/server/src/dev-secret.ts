import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { findWorkspaceRoot } from '@expert-network/db';

/** Where per-user state lives (XDG), outside any checkout. */
function defaultStateDir(): string {
  return process.env.XDG_STATE_HOME || join(homedir(), '.local', 'state');
}

/**
 * The signing secret of a development machine without BETTER_AUTH_SECRET: made
 * once per checkout and kept outside it (in the user's state folder, readable
 * by the user alone), so sessions survive restarts, nobody else knows it, and
 * the dev server, which serves files of the workspace, cannot hand it out.
 * A secret an older version kept in .data/ is moved there.
 */
export function localDevSecret(root = findWorkspaceRoot(), stateDir = defaultStateDir()): string {
  const checkout = createHash('sha256').update(root).digest('hex').slice(0, 16);
  const file = join(stateDir, 'expert-network', checkout, 'dev-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const legacy = join(root, '.data', 'dev-secret');
  const secret = existsSync(legacy)
    ? readFileSync(legacy, 'utf8').trim()
    : randomBytes(32).toString('base64');
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, secret, { mode: 0o600 });
  rmSync(legacy, { force: true });
  return secret;
}
