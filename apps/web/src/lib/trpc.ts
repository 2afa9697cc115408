import type { AppRouter, RouterInputs, RouterOutputs } from '@expert-network/api';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export type { RouterInputs, RouterOutputs };

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();
