/**
 * tRPC over node:http without the Fetch round trip.
 *
 * tRPC 11's node adapter turns every IncomingMessage into an undici Request
 * (headers copied, an AbortController, a web stream for the body) and writes
 * a web Response back through a WritableStream: about a quarter of the CPU of
 * a small call (`pnpm bench`). This handler reads the Node request and writes
 * the Node response itself around the same procedures, speaking the protocol
 * of tRPC's `resolveResponse` (11.22) for what @trpc/client's http links send:
 * GET queries, POST mutations, `?batch=1` batches with `input` as a JSON
 * object keyed by index, the same error shapes (the router's errorFormatter)
 * and HTTP statuses (one status, or 207 for a batch of mixed outcomes).
 *
 * Anything else goes to tRPC's own adapter untouched: subscriptions (SSE),
 * streamed batches (httpBatchStreamLink), connection params, form data and
 * binary inputs, HEAD and other methods.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type AnyTRPCProcedure,
  type AnyTRPCRouter,
  getErrorShape,
  getTRPCErrorFromUnknown,
  TRPCError,
  transformTRPCResponse,
} from '@trpc/server';
import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import { getHTTPStatusCode } from '@trpc/server/http';

type ProcedureType = 'query' | 'mutation' | 'subscription';

export type TrpcErrorEvent = {
  error: TRPCError;
  path: string | undefined;
  input: unknown;
  ctx: unknown;
  type: ProcedureType | 'unknown';
  req: IncomingMessage;
};

export type TrpcNodeHandlerOptions = {
  router: AnyTRPCRouter;
  createContext: (req: IncomingMessage) => Promise<unknown>;
  onError?: (event: TrpcErrorEvent) => void;
  maxBodySize: number;
  maxBatchSize: number;
  /**
   * A result's JSON text as the router's transformer would write it; by
   * default `JSON.stringify(transformer.output.serialize(data))`.
   */
  stringifyData?: (data: unknown) => string;
};

/**
 * (req, res, path after /api/trpc/, query string without `?`, headers to send
 * with the answer as a flat name, value, name, value... list). Headers given
 * here are written with the status line in one call: setting a dozen headers
 * one by one beforehand cost about 10 µs a request.
 */
export type TrpcNodeHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: string,
  headers?: readonly string[],
) => void;

const ACCEPTED_METHODS: Record<ProcedureType, string> = {
  query: 'GET',
  mutation: 'POST',
  subscription: 'GET',
};

const JSON_TYPE = 'application/json';
const VARY = 'trpc-accept, accept';
const NO_HEADERS: readonly string[] = [];

type Outcome = { ok: true; data: unknown } | { ok: false; error: TRPCError };

export function createTrpcNodeHandler(options: TrpcNodeHandlerOptions): TrpcNodeHandler {
  const { router, createContext, onError, maxBodySize, maxBatchSize } = options;
  const config = router._def._config;
  const procedures = router._def.procedures as Record<string, AnyTRPCProcedure | undefined>;
  const hasLazyRouters = Object.keys(router._def.lazy ?? {}).length > 0;
  const stringifyData =
    options.stringifyData ?? ((data) => JSON.stringify(config.transformer.output.serialize(data)));
  const errorJson = (item: { error: unknown }) =>
    JSON.stringify(transformTRPCResponse(config, item as never));

  /** tRPC's own adapter, for what this handler does not speak. */
  const standard = (
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    headers: readonly string[],
  ) => {
    setHeaderList(res, headers);
    void nodeHTTPRequestHandler({
      router,
      req,
      res,
      path,
      maxBodySize,
      maxBatchSize,
      createContext: ({ req }) => createContext(req),
      onError: (event) => onError?.({ ...event, req }),
    });
  };

  const send = (
    res: ServerResponse,
    status: number,
    body: string,
    headers: readonly string[],
    contentType = JSON_TYPE,
  ) => {
    // With its length the answer goes out in one write, not as chunks.
    const own = ['content-type', contentType, 'content-length', String(Buffer.byteLength(body))];
    // A Vary set earlier (CORS) is added to, not replaced.
    if (res.hasHeader('vary')) res.appendHeader('vary', VARY);
    else own.push('vary', VARY);
    res.writeHead(status, headers.length ? [...headers, ...own] : own);
    res.end(body);
  };

  /** An error of the request as a whole (before any procedure runs): one error object. */
  const failRequest = (
    req: IncomingMessage,
    res: ServerResponse,
    headers: readonly string[],
    cause: unknown,
  ) => {
    const error = getTRPCErrorFromUnknown(cause);
    onError?.({ error, path: undefined, input: undefined, ctx: undefined, type: 'unknown', req });
    const shape = getErrorShape({
      config,
      error,
      type: 'unknown',
      path: undefined,
      input: undefined,
      ctx: undefined,
    });
    // tRPC sends these without a content type of its own: a Response's default.
    send(
      res,
      getHTTPStatusCode({ error: shape } as never),
      errorJson({ error: shape }),
      headers,
      'text/plain;charset=UTF-8',
    );
  };

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    params: URLSearchParams,
    procs: (AnyTRPCProcedure | undefined)[],
    paths: string[],
    isBatch: boolean,
    headers: readonly string[],
  ) {
    const method = req.method as 'GET' | 'POST';
    const types = new Set(procs.flatMap((p) => (p ? [p._def.type as ProcedureType] : [])));
    if (types.size > 1) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `Cannot mix procedure types in call: ${[...types].join(', ')}`,
      });
    }

    // Inputs are read once, when the first procedure asks (after the session check).
    let parsed: Record<number, unknown> | undefined;
    let reading: Promise<Record<number, unknown>> | undefined;
    const readInputs = () => {
      reading ??= parseInputs(req, method, params, isBatch, paths.length).then(
        (inputs) => {
          parsed = inputs;
          return inputs;
        },
        (cause: unknown) => {
          if (cause instanceof TRPCError) throw cause;
          throw new TRPCError({
            code: 'BAD_REQUEST',
            message: cause instanceof Error ? cause.message : 'Invalid input',
            cause,
          });
        },
      );
      return reading;
    };

    let ctx: unknown;
    let ctxError: TRPCError | undefined;
    try {
      ctx = await createContext(req);
    } catch (cause) {
      ctxError = getTRPCErrorFromUnknown(cause);
    }

    const outcomes = await Promise.all(
      procs.map(async (proc, index): Promise<Outcome> => {
        const callPath = paths[index] as string;
        try {
          if (!proc) {
            throw new TRPCError({
              code: 'NOT_FOUND',
              message: `No procedure found on path "${callPath}"`,
            });
          }
          const type = proc._def.type as ProcedureType;
          if (ACCEPTED_METHODS[type] !== method) {
            throw new TRPCError({
              code: 'METHOD_NOT_SUPPORTED',
              message: `Unsupported ${method}-request to ${type} procedure at path "${callPath}"`,
            });
          }
          if (ctxError) throw ctxError;
          const data = await proc({
            path: callPath,
            getRawInput: async () => (await readInputs())[index],
            ctx,
            type,
            signal: undefined,
            batchIndex: index,
          });
          if (isDataStream(data)) {
            throw new TRPCError({
              code: 'UNSUPPORTED_MEDIA_TYPE',
              message:
                'Cannot use stream-like response in non-streaming request - use httpBatchStreamLink',
            });
          }
          return { ok: true, data };
        } catch (cause) {
          const error = getTRPCErrorFromUnknown(cause);
          onError?.({
            error,
            path: callPath,
            input: parsed?.[index],
            ctx,
            type: (proc?._def.type as ProcedureType | undefined) ?? 'unknown',
            req,
          });
          return { ok: false, error };
        }
      }),
    );

    const statusItems: unknown[] = [];
    const bodies = outcomes.map((outcome, index) => {
      if (outcome.ok) {
        statusItems.push({ result: {} });
        return `{"result":{"data":${stringifyData(outcome.data)}}}`;
      }
      const shape = getErrorShape({
        config,
        ctx,
        error: outcome.error,
        input: parsed?.[index],
        path: paths[index],
        type: (procs[index]?._def.type as ProcedureType | undefined) ?? 'unknown',
      });
      statusItems.push({ error: shape });
      return errorJson({ error: shape });
    });
    const status = getHTTPStatusCode(statusItems as never);
    send(res, status, isBatch ? `[${bodies.join(',')}]` : (bodies[0] as string), headers);
  }

  return (req, res, rawPath, query, headers = NO_HEADERS) => {
    const method = req.method;
    if (method !== 'GET' && method !== 'POST') return standard(req, res, rawPath, headers);
    const contentType = req.headers['content-type'];
    if (
      (contentType === undefined ? method === 'POST' : !isJson(contentType)) ||
      req.headers['trpc-accept'] !== undefined ||
      req.headers.accept?.includes('application/jsonl')
    ) {
      return standard(req, res, rawPath, headers);
    }
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return standard(req, res, rawPath, headers);
    }
    const params = new URLSearchParams(query);
    if (params.has('connectionParams')) return standard(req, res, rawPath, headers);
    const isBatch = params.get('batch') === '1';
    const paths = isBatch ? path.split(',') : [path];
    if (isBatch && paths.length > maxBatchSize) {
      return failRequest(
        req,
        res,
        headers,
        new TRPCError({ code: 'BAD_REQUEST', message: 'Batch call exceeds maximum size' }),
      );
    }
    const procs = paths.map((p) => procedures[p]);
    if (procs.some((p) => (p ? p._def.type === 'subscription' : hasLazyRouters))) {
      return standard(req, res, rawPath, headers);
    }
    handle(req, res, params, procs, paths, isBatch, headers).catch((cause: unknown) => {
      if (res.headersSent) res.destroy();
      else failRequest(req, res, headers, cause);
    });
  };

  /** The inputs by batch index, deserialized by the router's transformer, as tRPC reads them. */
  async function parseInputs(
    req: IncomingMessage,
    method: 'GET' | 'POST',
    params: URLSearchParams,
    isBatch: boolean,
    count: number,
  ): Promise<Record<number, unknown>> {
    let raw: unknown;
    if (method === 'GET') {
      const text = params.get('input');
      if (text) raw = JSON.parse(text);
    } else {
      raw = JSON.parse(await readBody(req, maxBodySize));
    }
    const inputs: Record<number, unknown> = Object.create(null);
    if (raw === undefined) return inputs;
    const deserialize = (value: unknown) => config.transformer.input.deserialize(value);
    if (!isBatch) {
      inputs[0] = deserialize(raw);
      return inputs;
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: '"input" needs to be an object when doing a batch call',
      });
    }
    for (let i = 0; i < count; i++) {
      const value = (raw as Record<string, unknown>)[i];
      if (value !== undefined) inputs[i] = deserialize(value);
    }
    return inputs;
  }
}

/** Sets a flat name, value, name, value... list of headers one by one. */
export function setHeaderList(res: ServerResponse, headers: readonly string[]) {
  for (let i = 0; i + 1 < headers.length; i += 2) {
    res.setHeader(headers[i] as string, headers[i + 1] as string);
  }
}

/** `application/json`, whatever the case and parameters (tRPC's rule). */
function isJson(contentType: string): boolean {
  return contentType.split(';', 1)[0]?.trim().toLowerCase() === 'application/json';
}

/** The request body as text, refused with PAYLOAD_TOO_LARGE past `max` bytes. */
function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > max) {
      reject(new TRPCError({ code: 'PAYLOAD_TOO_LARGE' }));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        req.off('end', onEnd);
        reject(new TRPCError({ code: 'PAYLOAD_TOO_LARGE' }));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks).toString('utf8'));
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', reject);
  });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const isAsyncIterable = (v: unknown) => isObject(v) && Symbol.asyncIterator in v;
const isPromiseLike = (v: unknown) =>
  (isObject(v) || typeof v === 'function') &&
  typeof (v as { then?: unknown }).then === 'function' &&
  typeof (v as { catch?: unknown }).catch === 'function';

/** tRPC's test for a result only a streaming link can carry (promises or iterables inside). */
function isDataStream(v: unknown): boolean {
  if (!isObject(v)) return false;
  if (isAsyncIterable(v)) return true;
  const values = Object.values(v);
  return values.some(isPromiseLike) || values.some(isAsyncIterable);
}
