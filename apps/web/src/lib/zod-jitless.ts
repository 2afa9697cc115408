/**
 * The Content-Security-Policy forbids eval. Zod compiles fast object parsers
 * with `new Function` and, before that, probes whether it may, and the browser
 * reports the refused probe as a CSP violation. Zod reads this global config
 * when it loads, so it must be set before any module that imports zod runs:
 * main.tsx imports this module first. (Setting it through `z.config` would put
 * zod into the first load.)
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };
