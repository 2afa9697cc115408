import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findWorkspaceRoot } from '@expert-network/db';

/**
 * The signing secret of a development machine without BETTER_AUTH_SECRET: made
 * once and kept in .data/ (ignored by git), so sessions survive restarts and
 * nobody else knows it, unlike a constant in the source.
 */
export function localDevSecret(root = findWorkspaceRoot()): string {
  const file = join(root, '.data', 'dev-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64');
  mkdirSync(join(root, '.data'), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
