import { createAuthClient } from 'better-auth/react';

/** Better Auth on the same origin, at /api/auth. */
export const authClient = createAuthClient({ basePath: '/api/auth' });
