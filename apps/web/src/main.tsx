// First: zod must load with eval off (see zod-jitless.ts).
import './lib/zod-jitless';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { sessionQuery } from './features/auth/session';
import { createQueryClient } from './lib/query-client';
import { createAppRouter } from './router';
import './styles.css';

const queryClient = createQueryClient(() => {
  // The session ended elsewhere (expired, signed out in another tab): back to sign-in.
  queryClient.setQueryData(sessionQuery.queryKey, null);
  const here = router.state.location.href;
  if (!here.startsWith('/sign-')) {
    void router.navigate({ to: '/sign-in', search: { redirect: here } });
  }
});
const router = createAppRouter({ queryClient });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
