import { AlertTriangle, CheckCircle2, CircleSlash, Info } from 'lucide-react';
import type { ReactNode } from 'react';
import { plural } from '../../lib/format';
import type { RouterOutputs } from '../../lib/trpc';

export type ImportReport = RouterOutputs['browserImport']['preview'];
type Line = ImportReport['create'][number];
type Kind = Line['kind'];

const KINDS: Record<Kind, [one: string, many: string]> = {
  project: ['project', 'projects'],
  campaign: ['campaign', 'campaigns'],
  teamMember: ['team member', 'team members'],
  requiredInterviewer: ['required interviewer', 'required interviewers'],
  timeZone: ['campaign time zone', 'campaign time zones'],
  theme: ['theme', 'themes'],
  columnWidths: ['column widths', 'column widths'],
};

/** "3 projects, 5 campaigns and the theme": what a list of lines adds up to. */
export function summarize(lines: Line[]): string {
  const parts = (Object.keys(KINDS) as Kind[]).flatMap((kind) => {
    const n = lines.filter((l) => l.kind === kind).length;
    return n ? [plural(n, ...KINDS[kind])] : [];
  });
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
    : (parts[0] ?? '');
}

function Section({
  icon: Icon,
  title,
  tone,
  children,
}: {
  icon: typeof Info;
  title: string;
  tone: string;
  children: ReactNode;
}) {
  return (
    <section className="grid gap-2">
      <h3 className="flex items-center gap-2 text-sm font-semibold">
        <Icon className={`size-4 shrink-0 ${tone}`} aria-hidden /> {title}
      </h3>
      {children}
    </section>
  );
}

function Lines({ lines, reasons }: { lines: (Line & { reason?: string })[]; reasons?: boolean }) {
  const kinds = (Object.keys(KINDS) as Kind[]).filter((k) => lines.some((l) => l.kind === k));
  return (
    <div className="grid gap-3">
      {kinds.map((kind) => {
        const ofKind = lines.filter((l) => l.kind === kind);
        return (
          <div key={kind}>
            <h4 className="text-xs font-medium text-muted-foreground uppercase">
              {plural(ofKind.length, ...KINDS[kind])}
            </h4>
            <ul className="mt-1 grid gap-1 text-sm">
              {ofKind.map((l) => (
                <li key={`${l.key}/${l.name}/${l.detail}`} className="break-words">
                  <span className="font-medium">{l.name}</span>
                  {l.detail && <span className="text-muted-foreground"> · {l.detail}</span>}
                  {reasons && l.reason && (
                    <span className="block text-xs text-muted-foreground">{l.reason}</span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

function Problems({ problems }: { problems: ImportReport['problems'] }) {
  return (
    <ul className="grid gap-1 text-sm">
      {problems.map((p) => (
        <li key={`${p.key}/${p.reason}`} className="break-words">
          <code className="rounded bg-muted px-1 text-xs">{p.key}</code> {p.reason}
        </li>
      ))}
    </ul>
  );
}

/** What an import will do (a preview) or did: created, skipped, unusable, left out. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const done = report.applied;
  return (
    <div className="grid gap-5">
      {report.create.length > 0 && (
        <Section
          icon={CheckCircle2}
          tone="text-success"
          title={done ? 'Created' : 'Will be created'}
        >
          <Lines lines={report.create} />
        </Section>
      )}
      {report.skip.length > 0 && (
        <Section icon={CircleSlash} tone="text-muted-foreground" title="Already here: skipped">
          <Lines lines={report.skip} reasons />
        </Section>
      )}
      {report.problems.length > 0 && (
        <Section
          icon={AlertTriangle}
          tone="text-warning"
          title={`Could not be used as they are (${report.problems.length})`}
        >
          <Problems problems={report.problems} />
        </Section>
      )}
      {report.notImported.length > 0 && (
        <Section icon={Info} tone="text-muted-foreground" title="Left out on purpose">
          <Problems problems={report.notImported} />
        </Section>
      )}
    </div>
  );
}
