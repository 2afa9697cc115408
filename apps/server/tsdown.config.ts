import { defineConfig } from 'tsdown';

/**
 * The production server as plain JavaScript: src/index.ts and the workspace
 * packages it imports (TypeScript sources) bundled into dist/index.mjs; npm
 * packages stay imports, resolved from node_modules at run time.
 */
export default defineConfig({
  entry: ['src/index.ts'],
  outDir: 'dist',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  dts: false,
  // Bundle our own packages, leave every npm package external.
  deps: {
    alwaysBundle: [/^@expert-network\//],
    neverBundle: [/^(?!@expert-network\/)(@[^/]+\/)?[^./][^/]*/],
  },
  // The database package reads its migrations beside itself (packages/db/drizzle);
  // bundled, it finds them beside the bundle.
  copy: [{ from: '../../packages/db/drizzle', to: 'dist' }],
});
