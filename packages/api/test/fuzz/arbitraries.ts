/**
 * Inputs for the fuzz test, derived from a procedure's own zod schema (through
 * zod's JSON Schema, which names every bound), so most of them pass validation
 * and reach the database, with hostile values mixed in at every depth.
 */
import { email, timeZone } from '@expert-network/contract';
import fc from 'fast-check';
import { z } from 'zod';

type JsonSchema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
};

const DAY = 86_400_000;

/** Strings that have broken servers: NUL, lone surrogates, huge, empty, control and bidi characters. */
const oddStrings = fc.constantFrom(
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udc00y',
  '\udbff\udbff',
  'x'.repeat(100_000),
  '',
  ' ',
  '\t\n\r',
  '\u202eevil',
  '%_\\',
  "'; DROP TABLE projects; --",
  '<script>alert(1)</script>',
  '😀'.repeat(300),
  'null',
  '0000-01-01',
  '200000-01-01',
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
);

/** Numbers at and past every boundary, and the ones that are not numbers at all. */
const oddNumbers = fc.constantFrom(
  0,
  -0,
  -1,
  0.5,
  1e-9,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
);

/** Instants a calendar would never show: year 0, year 200000, the edges of Date, not a date. */
const oddDates = fc.constantFrom(
  new Date('0000-01-01T00:00:00Z'),
  new Date(-8.64e15),
  new Date(8.64e15),
  new Date('+200000-01-01T00:00:00Z'),
  new Date(Number.NaN),
  new Date(0),
  new Date('1899-12-31T23:59:59Z'),
);

/** Any value of any type: the wrong type for whatever field it lands in. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  oddStrings,
  oddNumbers,
  oddDates,
  fc.constantFrom(null, undefined, true, false, [], {}, 10n ** 30n, new Map(), new Set([1])),
  fc.anything({ maxDepth: 2, withDate: true, withBigInt: true, withMap: true, withSet: true }),
);

/** Real ids of the signed-in user's rows (and shared vendors), so inputs reach real rows. */
export type IdPool = string[];

/**
 * The JSON Schema of a procedure's input, with markers for what JSON Schema cannot say
 * (a JS Date, an IANA time zone).
 */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const def = (ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def;
      if (def.type === 'date') ctx.jsonSchema.format = 'js-date';
      if (ctx.zodSchema === timeZone) ctx.jsonSchema.format = 'time-zone';
      // A pipe shows only its input side (a string); the address rule is on the output.
      if (ctx.zodSchema === email) ctx.jsonSchema.format = 'email';
    },
  }) as JsonSchema;
}

/**
 * Well-formed values for `schema` (hostility 0), or with any field, at any
 * depth, now and then (1 in `hostility`) a hostile value instead.
 */
export function fromSchema(schema: JsonSchema, ids: IdPool, hostility = 0): fc.Arbitrary<unknown> {
  const derive = (s: JsonSchema): fc.Arbitrary<unknown> =>
    hostility
      ? fc.oneof(
          { weight: hostility - 1, arbitrary: wellFormed(s) },
          { weight: 1, arbitrary: hostile },
        )
      : wellFormed(s);

  const wellFormed = (s: JsonSchema): fc.Arbitrary<unknown> => {
    if (s.anyOf) return fc.oneof(...s.anyOf.map(derive));
    if (s.enum) return fc.constantFrom(...s.enum);
    if (s.const !== undefined) return fc.constant(s.const);
    const type = Array.isArray(s.type) ? s.type[0] : s.type;
    switch (s.format) {
      case 'uuid':
        return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, fc.uuid());
      case 'date':
        return fc.oneof(
          fc
            .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
          fc.constantFrom('0000-01-01', '9999-12-31', '1900-02-29', '2024-02-29'),
        );
      case 'js-date':
        return fc.oneof({ weight: 4, arbitrary: nearNow() }, { weight: 1, arbitrary: oddDates });
      case 'time-zone':
        return fc.constantFrom(
          'UTC',
          'Europe/London',
          'America/New_York',
          'Asia/Kolkata',
          'Mars/Base',
        );
      case 'email':
        // fast-check's addresses follow the RFC; the schema takes the everyday kind.
        return fc
          .tuple(fc.stringMatching(/^[a-z0-9]([a-z0-9._-]{0,14}[a-z0-9])?$/), fc.domain())
          .map(([local, domain]) => `${local}@${domain}`);
      case 'uri':
        return fc.oneof(
          { weight: 4, arbitrary: fc.webUrl() },
          { weight: 1, arbitrary: fc.constantFrom('javascript:alert(1)', 'data:image/png,x') },
        );
    }
    if (s.pattern) {
      return fc
        .stringMatching(new RegExp(s.pattern, 'u'))
        .map((value) => value.slice(0, s.maxLength ?? value.length));
    }
    switch (type) {
      case 'string':
        return text(s.minLength ?? 0, s.maxLength ?? 200, hostility > 0);
      case 'integer':
        return fc.integer({ min: s.minimum ?? -(2 ** 31), max: s.maximum ?? 2 ** 31 - 1 });
      case 'number':
        return fc.double({
          min: s.minimum ?? s.exclusiveMinimum ?? -1e9,
          max: s.maximum ?? s.exclusiveMaximum ?? 1e9,
          noNaN: true,
        });
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return fc.array(derive(s.items ?? {}), {
          minLength: s.minItems ?? 0,
          maxLength: Math.min(s.maxItems ?? 5, (s.minItems ?? 0) + 4),
        });
      case 'object':
        return object(s);
    }
    return hostile;
  };

  const object = (s: JsonSchema): fc.Arbitrary<unknown> => {
    if (!s.properties) {
      // A record: keys by its key rule, values by its value rule.
      const value = typeof s.additionalProperties === 'object' ? s.additionalProperties : {};
      return fc.dictionary(
        derive(s.propertyNames ?? { type: 'string' }).map(String),
        derive(value),
        {
          maxKeys: 4,
        },
      );
    }
    const required = new Set(s.required ?? []);
    const keys = Object.fromEntries(
      Object.entries(s.properties).map(([key, value]) => [key, derive(value)]),
    );
    const requiredKeys = Object.keys(keys).filter((k) => required.has(k));
    return fc.record(keys, { requiredKeys });
  };

  return derive(schema);
}

/** A string within the given length: printable or any character; with `anyUnits`, any UTF-16 code units too. */
function text(minLength: number, maxLength: number, anyUnits: boolean) {
  const max = Math.min(maxLength, minLength + 40);
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength, maxLength: max }) },
    { weight: 1, arbitrary: fc.string({ minLength, maxLength: max, unit: 'grapheme' }) },
    ...(anyUnits
      ? [{ weight: 1, arbitrary: fc.string({ minLength, maxLength: max, unit: 'binary' }) }]
      : []),
  );
}

/** Instants around now: what booking windows accept, and just past their edges. */
function nearNow() {
  return fc
    .integer({ min: -40 * DAY, max: 400 * DAY })
    .map((offset) => new Date(Date.now() + offset));
}

/** Unknown keys next to well-formed ones: a strict schema must refuse them. */
export function withUnknownKey(base: fc.Arbitrary<unknown>) {
  return fc
    .tuple(base, fc.constantFrom('userId', '__proto__', 'constructor', 'extra', 'id '), hostile)
    .map(([value, key, extra]) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.defineProperty({ ...value }, key, { value: extra, enumerable: true })
        : value,
    );
}
