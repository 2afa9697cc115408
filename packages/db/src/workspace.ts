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
