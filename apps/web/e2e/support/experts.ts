/**
 * Experts arriving from the campaign's enrolled vendors. The production server
 * runs the vendor simulator (packages/simulator), which proposes experts with
 * screening answers a few seconds after enrollment; this waits, through the
 * API, until every enrolled vendor has proposed someone.
 */
import type { AppRouter } from '@expert-network/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { BrowserContext } from 'playwright-core';
import superjson from 'superjson';

/** Simulator settings for a deterministic run: no vendor declines. */
export const SIMULATOR_ENV = { SIMULATOR_ENABLED: 'true', SIMULATOR_DECLINE_RATE: '0' };

/** An API client that acts as the user signed in to `context`. */
export async function apiAs(context: BrowserContext, baseUrl: string) {
  const cookie = (await context.cookies(baseUrl)).map((c) => `${c.name}=${c.value}`).join('; ');
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({ url: `${baseUrl}/api/trpc`, transformer: superjson, headers: { cookie } }),
    ],
  });
}

/** Resolves once each enrolled vendor has proposed at least one expert. */
export async function expertsArrive(
  context: BrowserContext,
  baseUrl: string,
  campaignId: string,
  timeoutMs = 60_000,
) {
  const api = await apiAs(context, baseUrl);
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
