import { mkdtempSync, rmSync, statSync } from 'node:fs';
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
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(EnvError);
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/BETTER_AUTH_SECRET/);
  });

  it('gives a development machine a secret of its own, kept across restarts', () => {
    const root = mkdtempSync(join(tmpdir(), 'en-secret-'));
    try {
      const secret = localDevSecret(root);
      expect(secret).not.toBe(DEV_SECRET);
      expect(Buffer.from(secret, 'base64')).toHaveLength(32);
      expect(localDevSecret(root)).toBe(secret);
      expect(statSync(join(root, '.data', 'dev-secret')).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(root, { recursive: true, force: true });
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
