import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The portal's pages: built into dist/portal, served by the admin app (the portal server) at PUBLIC_BASE_URL.
// No inline scripts (a strict CSP holds); JSX by Vite's own oxc transform.
export default defineConfig({
  root: __dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: resolve(__dirname, '../../dist/portal'),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/portal': 'http://127.0.0.1:3000', '/l/': 'http://127.0.0.1:3000' },
  },
});
