import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Ports are configurable so several checkouts can run side by side.
const webPort = Number(process.env.WEB_PORT ?? 5173);
const apiTarget = `http://localhost:${process.env.API_PORT ?? 3000}`;

/**
 * Files the dev server must never hand out, even through /@fs/: Vite's own
 * defaults (a list given here replaces them) plus the embedded database in
 * .data/ (its session rows are as good as passwords).
 */
const DENIED_FILES = [
  '.env',
  '.env.*',
  '*.{crt,pem,key,p12,pfx,cer,der}',
  '.npmrc',
  '.yarnrc.yml',
  '**/.git/**',
  '**/.data/**',
];

/** The dev server's own origins: only these are the app. */
const isDevServerOrigin = (origin: string) =>
  [
    `http://localhost:${webPort}`,
    `http://127.0.0.1:${webPort}`,
    `http://[::1]:${webPort}`,
  ].includes(origin);

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    port: webPort,
    strictPort: true,
    fs: { deny: DENIED_FILES },
    proxy: {
      // Same origin for the browser, so the session cookie just works.
      '/api': {
        target: apiTarget,
        changeOrigin: true,
        configure(proxy) {
          // The dev server's own pages are the app: present them to the API's
          // origin checks as the API's origin. Any other origin (another host on
          // the same port included) passes unchanged, and is refused there.
          proxy.on('proxyReq', (req) => {
            const origin = req.getHeader('origin');
            if (typeof origin === 'string' && isDevServerOrigin(origin)) {
              req.setHeader('origin', apiTarget);
            }
          });
        },
      },
    },
  },
  build: {
    // The bundle-size script reads which chunks each route loads from here.
    manifest: true,
    sourcemap: false,
    target: 'es2022',
  },
});
