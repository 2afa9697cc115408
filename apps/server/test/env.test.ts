import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_SECRET } from '@expert-network/auth';
import { describe, expect, it } from 'vitest';
import { localDevSecret } from '../src/dev-secret';
import { EnvError, parseEnv } from '../src/env';

describe('environment', () => {
  it('has working defaults for development', () => {
    const env = parseEnv({ NODE_ENV: 'test' });
    expect(env).toMatchObject({ PORT: 3000, production: false });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.allowedOrigins).toEqual(['http://localhost:3000']);
  });

  it('refuses to start in production without a secret, naming the variable', () => {
    const production = { NODE_ENV: 'production', BETTER_AUTH_URL: 'https://experts.example.com' };
    expect(() => parseEnv(production)).toThrow(EnvError);
    expect(() => parseEnv(production)).toThrow(/BETTER_AUTH_SECRET/);
  });

  it('gives a development machine a secret of its own, kept across restarts, outside the checkout', () => {
    const root = mkdtempSync(join(tmpdir(), 'en-secret-'));
    const state = mkdtempSync(join(tmpdir(), 'en-state-'));
    try {
      const secret = localDevSecret(root, state);
      expect(secret).not.toBe(DEV_SECRET);
      expect(Buffer.from(secret, 'base64')).toHaveLength(32);
      expect(localDevSecret(root, state)).toBe(secret);
      // Nothing in the checkout (the dev server serves its files); the file is the user's alone.
      expect(readdirSync(root)).toEqual([]);
      const [checkout] = readdirSync(join(state, 'expert-network'));
      const file = join(state, 'expert-network', checkout!, 'dev-secret');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      // Another checkout gets another secret.
      expect(localDevSecret(`${root}-other`, state)).not.toBe(secret);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(state, { recursive: true, force: true });
    }
  });

  it('moves a secret an older version kept in .data/ out of the checkout', () => {
    const root = mkdtempSync(join(tmpdir(), 'en-secret-'));
    const state = mkdtempSync(join(tmpdir(), 'en-state-'));
    try {
      mkdirSync(join(root, '.data'));
      writeFileSync(join(root, '.data', 'dev-secret'), 'the old secret, 32 characters long');
      expect(localDevSecret(root, state)).toBe('the old secret, 32 characters long');
      expect(existsSync(join(root, '.data', 'dev-secret'))).toBe(false);
      expect(localDevSecret(root, state)).toBe('the old secret, 32 characters long');
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(state, { recursive: true, force: true });
    }
  });

  it('lists every bad variable at once', () => {
    try {
      parseEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', TRUSTED_ORIGINS: 'not a url' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/DATABASE_URL/);
      expect((error as Error).message).toMatch(/TRUSTED_ORIGINS/);
    }
  });
});
