import { describe, expect, it } from 'vitest';
import { simulatorConfigFromEnv } from '../src/config';

describe('simulatorConfigFromEnv', () => {
  it('has defaults for everything, and no model without all three LLM variables', () => {
    expect(simulatorConfigFromEnv({})).toEqual({
      enabled: true,
      speedup: 30_000,
      pollMs: 500,
      declineRate: 0.08,
      overlapRate: 0.15,
      recurrenceRate: 0.05,
      llm: undefined,
    });
    expect(
      simulatorConfigFromEnv({ LLM_BASE_URL: 'http://127.0.0.1:9/v1', LLM_MODEL: 'm' }).llm,
    ).toBeUndefined();
  });

  it('reads every variable', () => {
    expect(
      simulatorConfigFromEnv({
        SIMULATOR_ENABLED: '0',
        SIMULATOR_SPEEDUP: '100000',
        SIMULATOR_POLL_MS: '50',
        SIMULATOR_DECLINE_RATE: '0',
        SIMULATOR_OVERLAP_RATE: '0.3',
        SIMULATOR_RECURRENCE_RATE: '0',
        LLM_BASE_URL: 'http://127.0.0.1:9/v1',
        LLM_API_KEY: 'key',
        LLM_MODEL: 'small',
        LLM_TIMEOUT_MS: '5000',
      }),
    ).toEqual({
      enabled: false,
      speedup: 100_000,
      pollMs: 50,
      declineRate: 0,
      overlapRate: 0.3,
      recurrenceRate: 0,
      llm: { baseUrl: 'http://127.0.0.1:9/v1', apiKey: 'key', model: 'small', timeoutMs: 5000 },
    });
    expect(simulatorConfigFromEnv({ SIMULATOR_ENABLED: 'false' }).enabled).toBe(false);
    expect(simulatorConfigFromEnv({ SIMULATOR_ENABLED: '1' }).enabled).toBe(true);
  });

  it.each([
    ['SIMULATOR_ENABLED', 'yes'],
    ['SIMULATOR_SPEEDUP', '0'],
    ['SIMULATOR_POLL_MS', '5'],
    ['SIMULATOR_DECLINE_RATE', '1.5'],
    ['SIMULATOR_OVERLAP_RATE', '-0.1'],
    ['LLM_BASE_URL', 'not a url'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => simulatorConfigFromEnv({ [name]: value })).toThrow(name);
  });
});
