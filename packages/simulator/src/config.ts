import { z } from 'zod';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z.object({
  SIMULATOR_ENABLED: flag.default(true),
  /** How many times faster than real vendors. 30,000: a 72h vendor answers in about 9 s. */
  SIMULATOR_SPEEDUP: z.coerce.number().positive().max(1e9).default(30_000),
  SIMULATOR_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  /** Share of enrollments a vendor turns down. */
  SIMULATOR_DECLINE_RATE: z.coerce.number().min(0).max(1).default(0.08),
  /** Share of a campaign's proposals that are a person another enrolled network also proposes. */
  SIMULATOR_OVERLAP_RATE: z.coerce.number().min(0).max(1).default(0.15),
  /** Share that are a person proposed in one of the user's earlier campaigns of the same industry. */
  SIMULATOR_RECURRENCE_RATE: z.coerce.number().min(0).max(1).default(0.05),
  LLM_BASE_URL: z.url().optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_MODEL: z.string().min(1).optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(20_000),
});

export type SimulatorConfig = {
  enabled: boolean;
  speedup: number;
  pollMs: number;
  declineRate: number;
  overlapRate: number;
  recurrenceRate: number;
  llm: { baseUrl: string; apiKey: string; model: string; timeoutMs: number } | undefined;
};

/** Reads SIMULATOR_* and LLM_* variables; throws naming any that is wrong. */
export function simulatorConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SimulatorConfig {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new Error(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  const e = result.data;
  return {
    enabled: e.SIMULATOR_ENABLED,
    speedup: e.SIMULATOR_SPEEDUP,
    pollMs: e.SIMULATOR_POLL_MS,
    declineRate: e.SIMULATOR_DECLINE_RATE,
    overlapRate: e.SIMULATOR_OVERLAP_RATE,
    recurrenceRate: e.SIMULATOR_RECURRENCE_RATE,
    llm:
      e.LLM_BASE_URL && e.LLM_API_KEY && e.LLM_MODEL
        ? {
            baseUrl: e.LLM_BASE_URL,
            apiKey: e.LLM_API_KEY,
            model: e.LLM_MODEL,
            timeoutMs: e.LLM_TIMEOUT_MS,
          }
        : undefined,
  };
}
