/**
 * The architecture, enforced by `pnpm lint` (dependency-cruiser). Each rule
 * says why; a forbidden import fails with the rule's name and comment.
 * `pnpm lint` also cruises tools/architecture-fixture (a miniature workspace
 * that breaks every rule once, with ARCHITECTURE_ROOT pointing at it) and
 * fails unless each rule is reported: the rules must bite.
 */
// biome-ignore lint/suspicious/noUndeclaredEnvVars: set by tools/architecture-selftest.mjs only
const ROOT = `^${process.env.ARCHITECTURE_ROOT ?? ''}`;
const WEB = `${ROOT}apps/web/src/`;
const SERVER_SIDE = `${ROOT}(packages/(db|auth|simulator)|apps/server)/`;
const PACKAGES = `${ROOT}packages/`;
const APPS = `${ROOT}apps/`;

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Import cycles make load order fragile and modules impossible to understand or test alone: move the shared piece into a module both can import.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'web-not-to-server-code',
      severity: 'error',
      comment:
        'The browser bundle must not carry the database, auth, simulator or server code (secrets, size, node-only modules): share through @expert-network/contract.',
      from: { path: WEB },
      to: { path: SERVER_SIDE },
    },
    {
      name: 'web-to-api-type-only',
      severity: 'error',
      comment:
        'The web app takes only types from @expert-network/api (AppRouter); a run-time import would bundle the server. Use `import type`, and runtime values from @expert-network/contract.',
      from: { path: `${APPS}web/` },
      to: { path: `${PACKAGES}api/`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'db-not-to-api-or-auth',
      severity: 'error',
      comment:
        'packages/db is the bottom layer (tables, client, migrations): api and auth build on it, never the other way round.',
      from: { path: `${PACKAGES}db/` },
      to: { path: `${PACKAGES}(api|auth)/` },
    },
    {
      name: 'api-not-to-apps',
      severity: 'error',
      comment:
        'packages/api is a library: the server and the web app use it, it knows neither (the HTTP layer stays in apps/server).',
      from: { path: `${PACKAGES}api/` },
      to: { path: APPS },
    },
    {
      name: 'auth-not-to-api',
      severity: 'error',
      comment:
        'packages/auth (Better Auth over the database) sits below the API: the API reads sessions through it, not the other way round.',
      from: { path: `${PACKAGES}auth/` },
      to: { path: `${PACKAGES}api/` },
    },
    {
      name: 'packages-not-to-apps',
      severity: 'error',
      comment: 'Packages are libraries for the apps; nothing in packages/ imports from apps/.',
      from: { path: PACKAGES },
      to: { path: APPS },
    },
    {
      name: 'contract-is-a-leaf',
      severity: 'error',
      comment:
        'packages/contract is shared by the browser and the server and depends on zod alone: no workspace package, no other library.',
      from: { path: `${PACKAGES}contract/src/` },
      to: { pathNot: `${PACKAGES}contract/|node_modules/zod/` },
    },
    {
      name: 'web-ui-knows-no-feature',
      severity: 'error',
      comment:
        'components/ui are generic building blocks: they take data and callbacks by props and never import a feature, the app shell or the router.',
      from: { path: `${WEB}components/` },
      to: { path: `${WEB}(features|app)/|${WEB}router` },
    },
    {
      name: 'web-lib-is-below-components',
      severity: 'error',
      comment:
        'lib/ holds plain helpers (formatting, API client, errors): it imports no component, feature or app-shell module.',
      from: { path: `${WEB}lib/` },
      to: { path: `${WEB}(components|features|app)/|${WEB}router` },
    },
    {
      name: 'web-features-below-the-shell',
      severity: 'error',
      comment:
        'The app shell (app/) and the route tree (router.tsx) compose the features; a feature importing them would turn the layers upside down.',
      from: { path: `${WEB}features/` },
      to: { path: `${WEB}app/|${WEB}(router|main)\\.tsx$` },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'An import that resolves to nothing: a typo, or a dependency missing from package.json.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|\\.data|coverage)/' },
    moduleSystems: ['es6', 'cjs'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
      mainFields: ['module', 'main', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
