import { pino } from 'pino';

/** Longest a JSON log line waits in the buffer. */
const LOG_FLUSH_MS = 250;

/**
 * JSON lines in production; readable lines on a terminal in development.
 * JSON lines are buffered (4 KB, or LOG_FLUSH_MS at most) and written
 * asynchronously, instead of a system call per request; pino flushes what is
 * left when the process exits.
 */
export function createLogger(level: string, pretty: boolean) {
  const options = {
    level,
    base: { service: 'expert-network' },
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    serializers: { err: serializeError },
  };
  if (pretty) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true } } });
  }
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => destination.flush(), LOG_FLUSH_MS).unref();
  return pino(options, destination);
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
