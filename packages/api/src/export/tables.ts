/**
 * A campaign's experts and calls as tables for a spreadsheet: typed columns
 * (text, number, money, instant) and rows produced a page at a time, so a
 * campaign of any size streams out without being held in memory. The rows are
 * the experts list's own (same filters, same sort, same user scope).
 */
import { decodeMultiChoice, type ExpertFilterInput, MAX_PAGE_SIZE } from '@expert-network/contract';
import { schema } from '@expert-network/db';
import { eq, inArray } from 'drizzle-orm';
import { notFound } from '../errors';
import { expertPage } from '../queries/expert-list';
import { listInterviews } from '../queries/interviews';
import { listQuestions } from '../queries/screening';
import { owned, type Scope } from '../scope';

const { campaigns, expertScreeningResponses } = schema;

/** The caller's campaign's name, or NOT_FOUND. */
async function campaignName(scope: Scope, id: string) {
  const [row] = await scope.db
    .select({ name: campaigns.campaignName })
    .from(campaigns)
    .where(owned(campaigns, scope, eq(campaigns.id, id)));
  if (!row) throw notFound('Campaign');
  return row.name;
}

/** What a cell holds: money is in whole currency units (a number), instants are Dates. */
export type ColumnKind = 'text' | 'number' | 'money' | 'instant';
export type Cell = string | number | Date | null;
export type ExportColumn = { header: string; kind: ColumnKind };
export type ExportTable = {
  /** For the file's name. */
  title: string;
  columns: ExportColumn[];
  rows: AsyncIterable<Cell[]>;
};

/** Experts fetched per page while exporting. */
const PAGE_SIZE = 500;

const money = (cents: number | null) => (cents === null ? null : cents / 100);

export async function expertsTable(
  scope: Scope,
  campaignId: string,
  filter: ExpertFilterInput,
): Promise<ExportTable> {
  const name = await campaignName(scope, campaignId);
  const questions = await listQuestions(scope, campaignId);
  const columns: ExportColumn[] = [
    { header: 'Name', kind: 'text' },
    { header: 'Title', kind: 'text' },
    { header: 'Company', kind: 'text' },
    { header: 'Vendor', kind: 'text' },
    { header: 'Status', kind: 'text' },
    { header: 'Fit (0-10)', kind: 'number' },
    { header: 'Rating (0-5)', kind: 'number' },
    { header: 'Rate per hour', kind: 'money' },
    { header: 'Currency', kind: 'text' },
    { header: 'Geography', kind: 'text' },
    { header: 'Arrived', kind: 'instant' },
    { header: 'Rejection reason', kind: 'text' },
    { header: 'Notes', kind: 'text' },
    ...questions.map((q, i) => ({ header: `Q${i + 1}: ${q.questionText}`, kind: 'text' as const })),
  ];
  const multiChoice = new Set(
    questions.filter((q) => q.questionType === 'multi_choice').map((q) => q.id),
  );

  async function* rows(): AsyncGenerator<Cell[]> {
    let cursor: string | null = null;
    do {
      // Every network's offer on its own line: the export lists offers, not people.
      const page = await expertPage(scope, {
        ...filter,
        campaignId,
        cursor,
        limit: PAGE_SIZE,
        grouped: false,
      });
      const answers = page.items.length
        ? await scope.db
            .select({
              expertId: expertScreeningResponses.expertId,
              questionId: expertScreeningResponses.screeningQuestionId,
              text: expertScreeningResponses.responseText,
            })
            .from(expertScreeningResponses)
            .where(
              owned(
                expertScreeningResponses,
                scope,
                inArray(
                  expertScreeningResponses.expertId,
                  page.items.map((e) => e.id),
                ),
              ),
            )
        : [];
      const answerOf = new Map(
        answers.map((a) => [
          `${a.expertId}:${a.questionId}`,
          multiChoice.has(a.questionId) ? decodeMultiChoice(a.text).join('; ') : a.text,
        ]),
      );
      for (const e of page.items) {
        yield [
          e.name,
          e.title,
          e.company,
          e.vendorName,
          e.status,
          e.aiFitScore,
          e.rating,
          money(e.callRateCents),
          e.currency,
          e.geography,
          e.createdAt,
          e.rejectionReason,
          e.notes,
          ...questions.map((q) => answerOf.get(`${e.id}:${q.id}`) ?? null),
        ];
      }
      cursor = page.nextCursor;
    } while (cursor);
  }
  return { title: `${name} experts`, columns, rows: rows() };
}

export async function interviewsTable(scope: Scope, campaignId: string): Promise<ExportTable> {
  const name = await campaignName(scope, campaignId);
  const columns: ExportColumn[] = [
    { header: 'Expert', kind: 'text' },
    { header: 'Title', kind: 'text' },
    { header: 'Company', kind: 'text' },
    { header: 'Vendor', kind: 'text' },
    { header: 'Interviewer', kind: 'text' },
    { header: 'Scheduled at', kind: 'instant' },
    { header: 'Time zone', kind: 'text' },
    { header: 'Duration (minutes)', kind: 'number' },
    { header: 'Status', kind: 'text' },
    { header: 'Cost', kind: 'money' },
    { header: 'Currency', kind: 'text' },
    { header: 'Completed at', kind: 'instant' },
    { header: 'Notes', kind: 'text' },
  ];
  // Page by page, as the list reads them.
  async function* calls() {
    let cursor: string | null = null;
    do {
      const page = await listInterviews(scope, { campaignId, cursor, limit: MAX_PAGE_SIZE });
      yield* page.items;
      cursor = page.nextCursor;
    } while (cursor);
  }
  async function* rows(): AsyncGenerator<Cell[]> {
    for await (const c of calls()) {
      yield [
        c.expertName,
        c.expertTitle,
        c.expertCompany,
        c.vendorName,
        c.teamMemberName,
        c.scheduledAt,
        c.timezone,
        c.durationMinutes,
        c.status,
        money(c.costCents),
        c.currency,
        c.completedAt,
        c.notes,
      ];
    }
  }
  return { title: `${name} calls`, columns, rows: rows() };
}
