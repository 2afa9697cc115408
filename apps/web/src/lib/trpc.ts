import type { AppRouter, RouterOutputs } from '@expert-network/api';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export type { RouterOutputs };

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();
