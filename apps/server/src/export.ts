/**
 * Spreadsheet downloads: GET /api/export/campaigns/:id/{experts,interviews}.{csv,xlsx}.
 * The same session check and user-scoped queries as the API (another user's
 * campaign is 404, like a missing one), the experts list's filters and sort
 * (`?filter=` the list's input as JSON), written to the response a page at a
 * time: CSV as UTF-8 with a byte-order mark (Excel then reads accents right),
 * XLSX through exceljs's streaming writer with real number and date cells.
 */
import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Writable } from 'node:stream';
import {
  type ApiLogger,
  type ExportTable,
  expertsTable,
  interviewsTable,
  type SessionReader,
} from '@expert-network/api';
import { expertFilterInput, id as uuid } from '@expert-network/contract';
import type { Database } from '@expert-network/db';
import { TRPCError } from '@trpc/server';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';

const ROUTE = /^\/api\/export\/campaigns\/([^/]+)\/(experts|interviews)\.(csv|xlsx)$/;

const CONTENT_TYPE = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Excel formats: money with two decimals, instants as date and time (UTC). */
const NUMBER_FORMAT = { money: '#,##0.00', number: '0.0', instant: 'yyyy-mm-dd hh:mm', text: '@' };

export function exportHandler(deps: { db: Database; getSession: SessionReader }) {
  return async (req: IncomingMessage, res: ServerResponse, pathname: string, log: ApiLogger) => {
    const match = ROUTE.exec(pathname);
    if (!match) return send(res, 404, 'Not found');
    if (req.method !== 'GET') return send(res, 405, 'Use GET');
    const [, campaignId = '', what, format] = match as unknown as [
      string,
      string,
      'experts' | 'interviews',
      'csv' | 'xlsx',
    ];
    const session = await deps.getSession(toHeaders(req));
    if (!session) return send(res, 401, 'Sign in first');
    if (!uuid.safeParse(campaignId).success) return send(res, 404, 'Campaign not found');
    const scope = { db: deps.db, userId: session.user.id };
    let table: ExportTable;
    try {
      if (what === 'experts') {
        const raw = new URL(req.url ?? '', 'http://x').searchParams.get('filter');
        let json: unknown = {};
        try {
          json = raw ? JSON.parse(raw) : {};
        } catch {}
        const filter = expertFilterInput.safeParse(json);
        if (!filter.success) return send(res, 400, 'The filter is not one the experts list takes');
        table = await expertsTable(scope, campaignId, filter.data);
      } else {
        table = await interviewsTable(scope, campaignId);
      }
    } catch (error) {
      if (error instanceof TRPCError && error.code === 'NOT_FOUND') {
        return send(res, 404, 'Campaign not found');
      }
      throw error;
    }
    const fileName = `${table.title}.${format}`;
    res.writeHead(200, {
      'content-type': CONTENT_TYPE[format],
      'content-disposition': `attachment; filename="${fileName.replace(/[^\w .-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'no-store',
    });
    try {
      await (format === 'csv' ? writeCsv(table, res) : writeXlsx(table, res));
    } catch (error) {
      // Headers are gone: all that is left is to cut the download short.
      log.error({ err: error, campaignId, what }, 'export failed');
      res.destroy();
    }
  };
}

async function writeCsv(table: ExportTable, res: ServerResponse) {
  const csv = stringify({
    bom: true,
    header: true,
    columns: table.columns.map((c) => c.header),
    cast: { date: (d) => d.toISOString() },
  });
  csv.pipe(res);
  for await (const row of table.rows) {
    if (!csv.write(row)) await once(csv, 'drain');
  }
  csv.end();
  await once(res, 'finish');
}

async function writeXlsx(table: ExportTable, res: ServerResponse) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: res as Writable,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(table.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((c, i) => ({
    header: c.header,
    key: String(i),
    width: c.kind === 'text' ? Math.min(Math.max(c.header.length, 14), 40) : 16,
    style: { numFmt: NUMBER_FORMAT[c.kind] },
  }));
  sheet.getRow(1).font = { bold: true };
  for await (const row of table.rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

function send(res: ServerResponse, status: number, error: string) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error }));
}

export function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}
