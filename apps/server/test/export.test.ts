/**
 * Exports parsed back: the CSV (UTF-8 with a byte-order mark) and the XLSX
 * (real number and date cells) hold exactly what the API says, cell for cell,
 * in the list's order under the same filter and sort, across export pages;
 * another user's campaign is 404 and no session is 401.
 */
import { decodeMultiChoice } from '@expert-network/contract';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOverHttp, startTestServer, typedClient } from './start';

let app: Awaited<ReturnType<typeof startTestServer>>;
let cookie: string;
let client: ReturnType<typeof typedClient>;
let campaignId: string;
let callId: string;
/** Past one export page (500), so the export walks the keyset pages. */
const BULK = 1_100;
const CALL_AT = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 2, 2, 15, 30));

beforeAll(async () => {
  app = await startTestServer({ SIMULATOR_ENABLED: 'false' });
  cookie = await signUpOverHttp(app.url, 'Exporter');
  client = typedClient(app.url, cookie);
  const [glg] = await client.vendor.list.query();
  const campaign = await client.campaign.create.mutate({
    campaignName: 'US dental DSO',
    industryVertical: 'Healthcare',
    screeningQuestions: [
      { questionText: 'Do you buy from DSOs?', questionType: 'yes_no' },
      {
        questionText: 'Which regions?',
        questionType: 'multi_choice',
        options: { choices: ['Northeast', 'South', 'West'] },
      },
    ],
  });
  campaignId = campaign.id;
  const questions = await client.screening.list.query({ campaignId });
  const zoe = await client.expert.create.mutate({
    campaignId,
    vendorPlatformId: glg!.id,
    name: 'Zoë Ñúñez',
    title: 'VP, "Payer" relations',
    company: 'Smile & Co',
    callRateCents: 125_050,
    rating: 4.7,
    responses: [
      { screeningQuestionId: questions[0]!.id, responseText: 'Yes' },
      {
        screeningQuestionId: questions[1]!.id,
        responseText: JSON.stringify(['Northeast', 'West']),
      },
    ],
  });
  await client.expert.update.mutate({
    id: zoe.id,
    notes: 'Line one,\nline "two"',
    status: 'shortlisted',
  });
  const call = await client.interview.schedule.mutate({
    expertId: zoe.id,
    scheduledAt: CALL_AT,
    timezone: 'America/Chicago',
    durationMinutes: 45,
  });
  callId = call.id;
  await app.db.withSession((q) =>
    q(
      `INSERT INTO expert_network.experts (user_id, campaign_id, name, ai_fit_score, call_rate_cents, status)
       SELECT (SELECT user_id FROM expert_network.campaigns WHERE id = $1), $1, 'Bulk ' || g, (g % 100) / 10.0, 40000 + g * 100,
         (ARRAY['proposed','shortlisted']::expert_network.expert_status[])[1 + g % 2]
       FROM generate_series(1, ${BULK}) AS g`,
      [campaignId],
    ),
  );
}, 120_000);
afterAll(() => app?.close());

/** Up to Zoë's rate, dearest first: she leads, and the dearest bulk ones are left out. */
const FILTER = { maxRateCents: 125_050, sort: 'rate' as const, order: 'desc' as const };

async function download(path: string, withCookie = cookie) {
  return fetch(`${app.url}${path}`, { headers: withCookie ? { cookie: withCookie } : {} });
}

/** Every cell the export must hold, from the API: the list under the filter, and each answer. */
async function expectedExperts() {
  const questions = await client.screening.list.query({ campaignId });
  const rows: (string | number | Date | null)[][] = [];
  let cursor: string | null = null;
  do {
    const page = await client.expert.list.query({ campaignId, ...FILTER, limit: 100, cursor });
    for (const e of page.items) {
      const answers = e.name.startsWith('Bulk')
        ? []
        : await client.screening.responses.query({ expertId: e.id });
      rows.push([
        e.name,
        e.title,
        e.company,
        e.vendorName,
        e.status,
        e.aiFitScore,
        e.rating,
        e.callRateCents === null ? null : e.callRateCents / 100,
        e.currency,
        e.geography,
        e.createdAt,
        e.rejectionReason,
        e.notes,
        ...questions.map((q) => {
          const a = answers.find((r) => r.questionId === q.id);
          if (!a) return null;
          return q.questionType === 'multi_choice'
            ? decodeMultiChoice(a.responseText).join('; ')
            : a.responseText;
        }),
      ]);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return { questions, rows };
}

const asCsv = (cell: string | number | Date | null) =>
  cell === null ? '' : cell instanceof Date ? cell.toISOString() : String(cell);

describe('experts export', () => {
  it('CSV: a BOM, the headers with every question, and every cell as the API has it', async () => {
    const { questions, rows } = await expectedExperts();
    // Zoë and the bulk ones at up to $1,250.50 (40,000 + g × 100 cents: g ≤ 850).
    expect(rows.length).toBe(851);
    expect(rows[0]?.[0]).toBe('Zoë Ñúñez');
    const response = await download(
      `/api/export/campaigns/${campaignId}/experts.csv?filter=${encodeURIComponent(JSON.stringify(FILTER))}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain(
      'US%20dental%20DSO%20experts.csv',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...body] = parse(Buffer.from(bytes), { bom: true }) as string[][];
    expect(header).toEqual([
      'Name',
      'Title',
      'Company',
      'Vendor',
      'Status',
      'Fit (0-10)',
      'Rating (0-5)',
      'Rate per hour',
      'Currency',
      'Geography',
      'Arrived',
      'Rejection reason',
      'Notes',
      ...questions.map((q, i) => `Q${i + 1}: ${q.questionText}`),
    ]);
    expect(body).toEqual(rows.map((r) => r.map(asCsv)));
  });

  it('XLSX: numbers as numbers, instants as dates, text as text, cell for cell', async () => {
    const { rows } = await expectedExperts();
    const response = await download(
      `/api/export/campaigns/${campaignId}/experts.xlsx?filter=${encodeURIComponent(JSON.stringify(FILTER))}`,
    );
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(rows.length + 1);
    rows.forEach((expected, i) => {
      const row = sheet.getRow(i + 2);
      const cells = expected.map((_, c) => row.getCell(c + 1).value ?? null);
      expect(cells).toEqual(expected);
    });
    const zoe = rows.findIndex((r) => r[0] === 'Zoë Ñúñez');
    expect(typeof sheet.getRow(zoe + 2).getCell(8).value).toBe('number');
    expect(sheet.getRow(zoe + 2).getCell(11).value).toBeInstanceOf(Date);
  });

  it("refuses without a session, another user's campaign and a bad filter", async () => {
    expect((await download(`/api/export/campaigns/${campaignId}/experts.csv`, '')).status).toBe(
      401,
    );
    const stranger = await signUpOverHttp(app.url, 'Stranger');
    expect(
      (await download(`/api/export/campaigns/${campaignId}/experts.csv`, stranger)).status,
    ).toBe(404);
    expect(
      (
        await download(
          `/api/export/campaigns/${campaignId}/experts.csv?filter=%7B%22sort%22%3A1%7D`,
        )
      ).status,
    ).toBe(400);
  });
});

describe('calls export', () => {
  it('has each call with its instant, length and cost as numbers', async () => {
    const call = await client.interview.byId.query({ id: callId });
    const csv = await (await download(`/api/export/campaigns/${campaignId}/interviews.csv`)).text();
    const [, first] = parse(csv, { bom: true }) as string[][];
    expect(first).toEqual([
      'Zoë Ñúñez',
      'VP, "Payer" relations',
      'Smile & Co',
      call.vendorName,
      '',
      CALL_AT.toISOString(),
      'America/Chicago',
      '45',
      'scheduled',
      String((call.costCents ?? 0) / 100),
      'USD',
      '',
      '',
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      await (await download(`/api/export/campaigns/${campaignId}/interviews.xlsx`)).arrayBuffer(),
    );
    const row = workbook.worksheets[0]!.getRow(2);
    expect(row.getCell(6).value).toEqual(CALL_AT);
    expect(row.getCell(8).value).toBe(45);
    expect(row.getCell(10).value).toBe((call.costCents ?? 0) / 100);
  });
});
