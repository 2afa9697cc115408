import { sql } from 'drizzle-orm';
import { publicProcedure, router } from '../trpc';

/** The one public procedure: is the API up and can it reach its database? */
export const healthRouter = router({
  check: publicProcedure.query(async ({ ctx }) => {
    await ctx.db.execute(sql`SELECT 1`);
    return { ok: true as const };
  }),
});
