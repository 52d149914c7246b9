// Vite build of the web app into dist/web (served by the API server, src/http/web.ts).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `npx vite web` during development: the API runs on PORT (default 3000).
    proxy: Object.fromEntries(
      ['/api', '/auth', '/dev-eid', '/dev-payment', '/dev-mail'].map((p) => [p, `http://127.0.0.1:${process.env.PORT ?? 3000}`]),
    ),
  },
});
