import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '../src/env';

describe('environment', () => {
  it('has working defaults for development', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, production: false });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.allowedOrigins).toEqual(['http://localhost:3000']);
  });

  it('refuses to start in production without a secret, naming the variable', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(EnvError);
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/BETTER_AUTH_SECRET/);
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
