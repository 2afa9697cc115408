/**
 * Experts "arriving" from the campaign's enrolled vendors. Until the vendor
 * simulator lands, they are created through the API (expert.create, answering
 * the campaign's screening questions); this is the one place to switch over.
 */
import type { AppRouter } from '@expert-network/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { BrowserContext } from 'playwright-core';
import superjson from 'superjson';

/** The hourly rate every delivered expert charges: a 60-minute call costs $600. */
export const EXPERT_RATE_CENTS = 60_000;

/** An API client that acts as the user signed in to `context`. */
async function apiAs(context: BrowserContext, baseUrl: string) {
  const cookie = (await context.cookies(baseUrl)).map((c) => `${c.name}=${c.value}`).join('; ');
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({ url: `${baseUrl}/api/trpc`, transformer: superjson, headers: { cookie } }),
    ],
  });
}

/** Delivers `perVendor` experts from each enrolled vendor, answering every screening question. */
export async function deliverExperts(
  context: BrowserContext,
  baseUrl: string,
  campaignId: string,
  perVendor = 2,
) {
  const api = await apiAs(context, baseUrl);
  const [enrollments, questions] = await Promise.all([
    api.vendor.enrollments.query({ campaignId }),
    api.screening.list.query({ campaignId }),
  ]);
  const experts = [];
  for (const { vendor } of enrollments) {
    for (let n = 1; n <= perVendor; n++) {
      experts.push(
        await api.expert.create.mutate({
          campaignId,
          vendorPlatformId: vendor.id,
          name: `${vendor.name} Expert ${n}`,
          title: 'Former VP Supply Chain',
          company: `Company ${n}`,
          geography: 'Germany',
          description: 'Ran cold-chain operations across the DACH region for a decade.',
          workHistory: [
            { company: `Company ${n}`, title: 'VP Supply Chain', from: '2015-01', to: '2024-06' },
          ],
          skills: ['Cold chain', 'Procurement'],
          rating: 4.5,
          callRateCents: EXPERT_RATE_CENTS,
          responses: questions.map((q) => ({
            screeningQuestionId: q.id,
            responseText: q.questionType === 'yes_no' ? 'Yes' : `Answer of ${vendor.name} ${n}`,
          })),
        }),
      );
    }
  }
  return experts;
}
