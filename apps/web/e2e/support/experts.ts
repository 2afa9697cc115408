/**
 * Experts arriving from the campaign's enrolled vendors. The production server
 * runs the vendor simulator (packages/simulator), which proposes experts with
 * screening answers a few seconds after enrollment; this waits, through the
 * API, until every enrolled vendor has proposed someone.
 */
import type { BrowserContext } from 'playwright-core';
import { type Api, apiAs } from './api';

/** Simulator settings for a deterministic run: no vendor declines. */
export const SIMULATOR_ENV = { SIMULATOR_ENABLED: 'true', SIMULATOR_DECLINE_RATE: '0' };

/** Resolves once each enrolled vendor has proposed at least one expert. */
export async function expertsArriveFor(api: Api, campaignId: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const enrollments = await api.vendor.enrollments.query({ campaignId });
    if (enrollments.length > 0 && enrollments.every((e) => e.expertCount > 0)) return enrollments;
    if (Date.now() > deadline) {
      throw new Error(
        `No experts from: ${enrollments.filter((e) => !e.expertCount).map((e) => e.vendor.name)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * The same, as the user signed in to `context` (for specs that hold a browser context).
 * @public
 */
export async function expertsArrive(
  context: BrowserContext,
  baseUrl: string,
  campaignId: string,
  timeoutMs = 60_000,
) {
  return expertsArriveFor(await apiAs(context, baseUrl), campaignId, timeoutMs);
}
