import { pino } from 'pino';

/** JSON lines in production; readable lines on a terminal in development. */
export function createLogger(level: string, pretty: boolean) {
  return pino({
    level,
    base: { service: 'expert-network' },
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true } } } : {}),
  });
}

export type Logger = ReturnType<typeof createLogger>;
