/**
 * Profiles that hit the compliance rules now and then, as real vendors'
 * do: applied after any generator, deterministically from each expert's
 * reference. Some work at the project's target company, some left it two
 * months ago, some are former government officials, and some have not
 * signed the vendor's compliance attestation.
 */
import { digest } from './default-generator';
import type { GeneratedExpert, WorkEntry } from './types';

type ComplianceCase = 'target_employee' | 'left_target_recently' | 'former_official';

const AGENCIES = [
  ['U.S. Department of Commerce', 'Senior Policy Advisor'],
  ['Federal Communications Commission', 'Deputy Bureau Chief'],
  ['European Commission', 'Policy Officer'],
  ['U.S. Food and Drug Administration', 'Branch Chief'],
] as const;

/** `YYYY-MM` of `asOf` moved by `months`. */
function monthOf(asOf: Date, months: number): string {
  const index = asOf.getUTCFullYear() * 12 + asOf.getUTCMonth() + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Which case an expert falls in (about 6%, 6% and 5%), and whether their attestation is missing (about 1 in 8). */
export function complianceCaseOf(
  externalRef: string,
  hasTarget: boolean,
): { kind: ComplianceCase | null; attested: boolean } {
  const { seed } = digest(`compliance|${externalRef}`);
  const roll = seed % 100;
  const attested = (seed >>> 8) % 8 !== 0;
  if (hasTarget && roll < 6) return { kind: 'target_employee', attested };
  if (hasTarget && roll < 12) return { kind: 'left_target_recently', attested };
  if (roll >= 12 && roll < 17) return { kind: 'former_official', attested };
  return { kind: null, attested };
}

function caseEntry(kind: ComplianceCase, target: string, asOf: Date, seed: number): WorkEntry {
  switch (kind) {
    case 'target_employee':
      return { company: target, title: 'Senior Manager', from: monthOf(asOf, -40), to: null };
    case 'left_target_recently':
      return {
        company: target,
        title: 'Director',
        from: monthOf(asOf, -50),
        to: monthOf(asOf, -2),
      };
    case 'former_official': {
      const [company, title] = AGENCIES[seed % AGENCIES.length] ?? AGENCIES[0];
      return { company, title, from: monthOf(asOf, -150), to: monthOf(asOf, -90) };
    }
  }
}

/** The experts with their attestation, some given a history that meets a rule. */
export function withComplianceCases(
  generated: GeneratedExpert[],
  targetCompany: string | null,
  asOf: Date,
): (GeneratedExpert & { attestedAt: Date | null })[] {
  return generated.map((expert) => {
    const { kind, attested } = complianceCaseOf(expert.externalRef, Boolean(targetCompany));
    const attestedAt = attested ? asOf : null;
    if (!kind) return { ...expert, attestedAt };
    const entry = caseEntry(kind, targetCompany ?? '', asOf, digest(expert.externalRef).seed);
    const history = [entry, ...expert.workHistory];
    // A current role at the target is the headline; the others sit in the history.
    return kind === 'target_employee'
      ? { ...expert, company: entry.company, title: entry.title, workHistory: history, attestedAt }
      : { ...expert, workHistory: history, attestedAt };
  });
}
