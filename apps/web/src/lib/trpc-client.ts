import type { AppRouter } from '@expert-network/api';
import { MAX_BATCH_SIZE } from '@expert-network/contract/limits';
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import superjson from 'superjson';

/**
 * The API client, created by the signed-in layout (sign-in and sign-up need
 * none). Same origin as the page: the session cookie goes along by itself,
 * also on the live-update stream (server-sent events).
 */
export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    splitLink({
      condition: (op) => op.type === 'subscription',
      true: httpSubscriptionLink({ url: '/api/trpc', transformer: superjson }),
      false: httpBatchLink({ url: '/api/trpc', transformer: superjson, maxItems: MAX_BATCH_SIZE }),
    }),
  ],
});
