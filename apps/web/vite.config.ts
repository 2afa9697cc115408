import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Ports are configurable so several checkouts can run side by side.
const webPort = Number(process.env.WEB_PORT ?? 5173);
const apiTarget = `http://localhost:${process.env.API_PORT ?? 3000}`;

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    port: webPort,
    strictPort: true,
    proxy: {
      // Same origin for the browser, so the session cookie just works.
      '/api': {
        target: apiTarget,
        changeOrigin: true,
        configure(proxy) {
          // The dev server's own pages are the app: present them to Better Auth's
          // origin check as the API's origin. Any other origin passes unchanged.
          proxy.on('proxyReq', (req) => {
            const origin = req.getHeader('origin');
            if (typeof origin === 'string' && new URL(origin).port === String(webPort)) {
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
