import type { Database } from '@expert-network/db';
import type { SimulatorConfig } from './config';
import { createDefaultGenerator } from './generator/default-generator';
import { createLlmGenerator } from './generator/llm-generator';
import type { ExpertGenerator } from './generator/types';
import { claimDueRequests, fulfil, planNewRequests, retryLater } from './sourcing';

export type SimulatorLogger = {
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
  error(details: object, message?: string): void;
};

export type Simulator = {
  /** One pass: plan new requests, then claim and answer what is due. */
  runOnce(): Promise<number>;
  /** Stops polling and waits for the delivery in progress. */
  stop(): Promise<void>;
};

/** The LLM generator when configured (falling back to the default), else the default. */
export function generatorFor(config: SimulatorConfig, logger: SimulatorLogger): ExpertGenerator {
  const fallback = createDefaultGenerator();
  return config.llm
    ? createLlmGenerator(config.llm, fallback, (d, m) => logger.warn(d, m))
    : fallback;
}

/**
 * The vendor simulator as a background worker: polls the database for due
 * sourcing requests and answers them. Several workers may share a database.
 */
export function startSimulator({
  db,
  config,
  logger,
  generator = generatorFor(config, logger),
  batch = 5,
  leaseMs = 60_000,
  poll = true,
}: {
  db: Database;
  config: SimulatorConfig;
  logger: SimulatorLogger;
  generator?: ExpertGenerator;
  batch?: number;
  leaseMs?: number;
  /** false: only `runOnce` does work (tests drive it step by step). */
  poll?: boolean;
}): Simulator {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> = Promise.resolve(0);

  async function runOnce(): Promise<number> {
    await planNewRequests(db, config);
    let handled = 0;
    for (const claim of await claimDueRequests(db, batch, leaseMs)) {
      try {
        const result = await fulfil(db, generator, config, claim);
        if (result.outcome !== 'lease-lost') handled++;
        if (result.outcome === 'delivered' || result.outcome === 'declined') {
          logger.info({ request: claim.id, ...result }, 'vendor answered');
        }
      } catch (error) {
        logger.error({ err: error, request: claim.id }, 'sourcing request failed; will retry');
        await retryLater(db, claim, error);
      }
    }
    return handled;
  }

  function schedule() {
    if (stopped || !poll) return;
    timer = setTimeout(() => {
      running = runOnce()
        .catch((error: unknown) => {
          logger.warn({ err: error }, 'simulator pass failed');
          return 0;
        })
        .finally(schedule);
    }, config.pollMs);
  }
  schedule();
  logger.info({ speedup: config.speedup, generator: generator.name }, 'vendor simulator started');

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
