/** What the API logs through; pino's logger fits it. */
export type ApiLogger = {
  error(details: object, message?: string): void;
  warn(details: object, message?: string): void;
  info(details: object, message?: string): void;
};
