import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root (the folder with pnpm-workspace.yaml), or the working directory. */
export function findWorkspaceRoot(from = process.cwd()): string {
  let dir = resolve(from);
  while (true) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
}

/** Where the embedded database keeps its files when DATABASE_URL is unset. */
export function defaultPgliteDir(): string {
  return process.env.PGLITE_DIR ?? join(findWorkspaceRoot(), '.data', 'pglite');
}

/**
 * Loads the repository's `.env`, if there is one, into process.env (variables
 * already set win). Entry points call it; tests do not.
 */
export function loadDotEnv(root = findWorkspaceRoot()): void {
  const file = join(root, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}
