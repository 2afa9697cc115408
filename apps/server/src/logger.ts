import { pino } from 'pino';

/**
 * JSON lines in production; readable lines on a terminal in development.
 * JSON lines go out asynchronously: lines written while one write is under
 * way leave together, instead of a system call per request (pino flushes
 * what is left when the process exits).
 */
export function createLogger(level: string, pretty: boolean) {
  const options = {
    level,
    base: { service: 'expert-network' },
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    serializers: { err: serializeError },
  };
  return pretty
    ? pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true } } })
    : pino(options, pino.destination({ dest: 1, sync: false }));
}

export type Logger = ReturnType<typeof createLogger>;

type SerializedError = {
  type: string;
  message: string;
  stack?: string | undefined;
  code?: unknown;
  cause?: SerializedError | unknown;
};

/** Drizzle writes a failed query's parameters (emails, password hashes) into its message. */
const withoutParams = (text: string) => text.replace(/\nparams: .*/g, '\nparams: [omitted]');

/**
 * An error as a log line: type, message, code, stack and cause, with query
 * parameters left out, so a failed write never puts a password hash in the log.
 */
export function serializeError(error: unknown): SerializedError | unknown {
  if (!(error instanceof Error)) return error;
  const { code } = error as { code?: unknown };
  return {
    type: error.name,
    message: withoutParams(error.message),
    stack: error.stack && withoutParams(error.stack),
    ...(code === undefined ? {} : { code }),
    ...(error.cause === undefined ? {} : { cause: serializeError(error.cause) }),
  };
}
