/**
 * The real API in this process, over the bench database, with Drizzle's
 * logger on: it records the SQL each procedure sends (for the baseline and
 * for EXPLAIN) and hands out page cursors for expert.list's second pages.
 */
import { contextFactory, createServerCaller, databaseSessionReader } from '@expert-network/api';
import { createAuth } from '@expert-network/auth';
import { createDbClient } from '@expert-network/db';
import { CASES, type Call, type CaseName } from './cases';
import { sessionCookie } from './cookies';
import type { Dataset } from './dataset';

type Statement = { text: string; params: unknown[] };
/** What one call sent, by key: 'session', each case, and 'expert.list+cursor'. */
export type Recorded = Record<string, Statement[]>;

export async function openInProcessApi(url: string, secret: string, dataset: Dataset) {
  let recording: Statement[] = [];
  const client = await createDbClient({
    url,
    poolSize: 4,
    logger: { logQuery: (text, params) => recording.push({ text, params }) },
  });
  const auth = createAuth({ db: client.db, secret, baseURL: 'http://localhost', rateLimit: false });
  // The server's own session reader, so the session statement recorded is the one it sends.
  const createContext = contextFactory({
    db: client.db,
    getSession: databaseSessionReader(auth, client.db),
  });

  const callerFor = async (userIndex: number) => {
    const user = dataset.users[userIndex];
    if (!user) throw new Error(`no user ${userIndex}`);
    const ctx = await createContext({
      headers: new Headers({ cookie: sessionCookie(user.token, secret) }),
    });
    if (!ctx.session) throw new Error('the signed cookie gave no session: check the cookie format');
    return createServerCaller(ctx);
  };
  /** The procedure `name` of `userIndex`'s caller (the session is read now, not when called). */
  const procedure = async (name: CaseName, userIndex: number) => {
    const caller = await callerFor(userIndex);
    const [router, leaf] = name.split('.') as [string, string];
    const fn = (caller as unknown as Record<string, Record<string, (i: unknown) => unknown>>)[
      router
    ]?.[leaf];
    if (!fn) throw new Error(`no procedure ${name}`);
    return fn;
  };
  const call = async (name: CaseName, { userIndex, input }: Call) =>
    (await procedure(name, userIndex))(input);
  /** Runs `work` and returns the statements it sent. */
  const record = async (work: () => Promise<unknown>) => {
    recording = [];
    await work();
    const sent = recording;
    recording = [];
    return sent;
  };

  return {
    /** The statements of one call per case (`probes`), and of the session lookup. */
    async recordStatements(probes: Record<CaseName, Call>): Promise<Recorded> {
      const recorded: Recorded = {
        session: await record(() => callerFor(probes['campaign.list'].userIndex)),
      };
      for (const name of CASES) {
        const probe = probes[name];
        const fn = await procedure(name, probe.userIndex);
        recorded[name] = await record(async () => fn(probe.input));
      }
      const page = (await call('expert.list', probes['expert.list'])) as { nextCursor: string };
      if (!page.nextCursor) throw new Error('the expert.list probe needs a second page');
      const second = {
        ...probes['expert.list'],
        input: { ...probes['expert.list'].input, cursor: page.nextCursor },
      };
      const list = await procedure('expert.list', second.userIndex);
      recorded['expert.list+cursor'] = await record(async () => list(second.input));
      return recorded;
    },
    /** Turns every other call into a request for its second page, where there is one. */
    async withSecondPages(calls: Call[]): Promise<Call[]> {
      return Promise.all(
        calls.map(async (c, i) => {
          if (i % 2 === 0) return c;
          const page = (await call('expert.list', c)) as { nextCursor: string | null };
          return page.nextCursor ? { ...c, input: { ...c.input, cursor: page.nextCursor } } : c;
        }),
      );
    },
    close: () => client.close(),
  };
}
