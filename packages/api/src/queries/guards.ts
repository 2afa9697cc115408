/** Existence checks within the caller's scope: missing and not-yours are both NOT_FOUND. */
import { schema } from '@expert-network/db';
import { eq } from 'drizzle-orm';
import { notFound } from '../errors';
import { owned, type Scope } from '../scope';

const { campaigns, experts, projects, teamMembers, vendorPlatforms } = schema;

export async function requireCampaign(scope: Scope, id: string) {
  const [row] = await scope.db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(owned(campaigns, scope, eq(campaigns.id, id)));
  if (!row) throw notFound('Campaign');
  return row;
}

export async function requireProject(scope: Scope, id: string) {
  const [row] = await scope.db
    .select({ id: projects.id })
    .from(projects)
    .where(owned(projects, scope, eq(projects.id, id)));
  if (!row) throw notFound('Project');
  return row;
}

export async function requireTeamMember(scope: Scope, id: string) {
  const [row] = await scope.db
    .select({ id: teamMembers.id })
    .from(teamMembers)
    .where(owned(teamMembers, scope, eq(teamMembers.id, id)));
  if (!row) throw notFound('Team member');
  return row;
}

export async function requireExpert(scope: Scope, id: string) {
  const [row] = await scope.db
    .select()
    .from(experts)
    .where(owned(experts, scope, eq(experts.id, id)));
  if (!row) throw notFound('Expert');
  return row;
}

export async function requireVendor(scope: Scope, id: string) {
  const [row] = await scope.db.select().from(vendorPlatforms).where(eq(vendorPlatforms.id, id));
  if (!row) throw notFound('Vendor');
  return row;
}

/** Throws NOT_FOUND unless every id is one of the caller's rows in `table`. */
export function requireAll(found: { id: string }[], ids: string[], what: string) {
  const have = new Set(found.map((r) => r.id));
  if (ids.some((id) => !have.has(id))) throw notFound(what);
}
