/**
 * `pnpm db:seed`: a demo account with a realistic workspace: team, projects,
 * campaigns with screening questions across several vendors, experts with
 * answers (from the vendor simulator's generator), shortlists, completed and
 * upcoming interviews. Running it again changes nothing.
 */
import { betterAuthSessionReader, contextFactory, createServerCaller } from '@expert-network/api';
import { createAuth } from '@expert-network/auth';
import { createDbClient, loadDotEnv, migrate, schema } from '@expert-network/db';
import { startSimulator } from '@expert-network/simulator';
import { eq } from 'drizzle-orm';
import { parseEnv } from './env';
import { createLogger } from './logger';
import { DEMO_CAMPAIGNS, DEMO_PROJECTS, DEMO_TEAM } from './seed-data';

export const DEMO_EMAIL = 'demo@expert-network.dev';
export const DEMO_PASSWORD = 'demo-password-2026';
const DAY = 86_400_000;

loadDotEnv();
const env = parseEnv({
  ...process.env,
  SIMULATOR_SPEEDUP: '1000000000',
  SIMULATOR_DECLINE_RATE: '0',
});
const logger = createLogger('warn', false);
const client = await createDbClient({ url: env.DATABASE_URL, dataDir: env.PGLITE_DIR });
try {
  await migrate(client);
  const auth = createAuth({
    db: client.db,
    secret: env.secret,
    baseURL: env.publicUrl,
    rateLimit: false,
  });
  const [existing] = await client.db
    .select()
    .from(schema.user)
    .where(eq(schema.user.email, DEMO_EMAIL));
  if (existing) {
    console.log('The demo account exists already; nothing to do.');
  } else {
    const signUp = await auth.api.signUpEmail({
      body: { email: DEMO_EMAIL, password: DEMO_PASSWORD, name: 'Morgan Reyes' },
      asResponse: true,
    });
    const cookie = signUp.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const ctx = await contextFactory({
      db: client.db,
      getSession: betterAuthSessionReader(auth),
      logger,
    })({
      headers: new Headers({ cookie }),
    });
    await seedWorkspace(createServerCaller(ctx), client.db);
    console.log('Seeded the demo workspace.');
  }
  console.log(`\n  Sign in with  ${DEMO_EMAIL}  /  ${DEMO_PASSWORD}\n`);
} finally {
  await client.close();
}

async function seedWorkspace(api: ReturnType<typeof createServerCaller>, db: typeof client.db) {
  const vendors = new Map((await api.vendor.list()).map((v) => [v.name, v.id]));
  const team: { id: string }[] = [];
  for (const member of DEMO_TEAM) team.push(await api.team.create(member));
  const projects = new Map<string, string>();
  for (const { targetCompany, ...project } of DEMO_PROJECTS) {
    const { id } = await api.project.create(project);
    projects.set(project.projectCode, id);
    // Before the vendors answer: some of their experts meet the rules (flagged, blocked).
    await api.compliance.updateRules({ projectId: id, targetCompany });
  }

  const campaigns = [];
  for (const { project, vendors: vendorNames, team: members, ...campaign } of DEMO_CAMPAIGNS) {
    campaigns.push(
      await api.campaign.create({
        ...campaign,
        projectId: project ? projects.get(project) : null,
        vendorPlatformIds: vendorNames.map((name) => known(vendors.get(name), name)),
        teamMemberIds: members.map((i) => known(team[i], `team member ${i}`).id),
      }),
    );
  }

  // The vendors answer (the simulator, at full speed).
  const simulator = startSimulator({ db, config: env.simulator, logger, poll: false });
  for (let pass = 0; pass < 30 && (await simulator.runOnce()) > 0; pass++);

  // The associate's work so far: reviewed, shortlisted, rejected, called.
  for (const [c, campaign] of campaigns.entries()) {
    const { items } = await api.expert.list({ campaignId: campaign.id, limit: 100 });
    // Flagged and blocked experts stay proposed, waiting for a compliance decision.
    const ranked = items
      .filter((e) => e.complianceStatus === 'clear')
      .toSorted((a, b) => (b.aiFitScore ?? 0) - (a.aiFitScore ?? 0));
    const [best, second, third, fourth, ...rest] = ranked;
    for (const expert of [best, second, third, fourth]) {
      if (expert) await api.expert.update({ id: expert.id, status: 'shortlisted' });
    }
    for (const expert of rest.slice(-2))
      await api.expert.update({ id: expert.id, status: 'rejected' });
    for (const expert of rest.slice(0, 2)) await api.expert.markViewed({ id: expert.id });

    const at = (days: number, hour: number) =>
      new Date(Math.floor(Date.now() / DAY) * DAY + days * DAY + hour * 3_600_000);
    const interviewer = known(team[c % team.length], 'interviewer').id;
    if (best) {
      const done = await api.interview.schedule({
        expertId: best.id,
        scheduledAt: at(-6 - c, 15),
        timezone: 'America/New_York',
        durationMinutes: 60,
        teamMemberId: interviewer,
      });
      await api.interview.complete({
        id: done.id,
        actualMinutes: 55,
        rating: 5,
        notes: 'Strong on budgets and vendor dynamics; follow up on pricing.',
      });
    }
    if (second && c % 2 === 0) {
      const done = await api.interview.schedule({
        expertId: second.id,
        scheduledAt: at(-2, 10),
        timezone: 'Europe/London',
        durationMinutes: 45,
        teamMemberId: interviewer,
      });
      await api.interview.complete({
        id: done.id,
        actualMinutes: 45,
        rating: 4,
        notes: 'Useful on regional differences.',
      });
    }
    if (third) {
      await api.interview.schedule({
        expertId: third.id,
        scheduledAt: at(1 + c, 14),
        timezone: 'America/New_York',
        durationMinutes: 60,
        teamMemberId: interviewer,
      });
    }
  }
}

/** The seed data refers to something it defines (a vendor by name, a team member by index). */
function known<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`seed data refers to an unknown ${what}`);
  return value;
}
