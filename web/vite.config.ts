// Vite build of the web app into dist/web (served by the API server, src/http/web.ts).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/web', import.meta.url));

/**
 * Precompression at build (issue 13.17): every text file of the build of 1 KiB or more gets a Brotli (.br, quality
 * 11) and a gzip (.gz, level 9) sibling, which the server sends to browsers that accept them (@fastify/static's
 * preCompressed, src/http/web.ts). Done once here, never per request.
 */
function precompress(): Plugin {
  const text = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const f = path.join(dir, n);
      return statSync(f).isDirectory() ? walk(f) : [f];
    });
  return {
    name: 'motcua-precompress',
    apply: 'build',
    closeBundle() {
      for (const f of walk(outDir)) {
        if (!text.test(f) || f.includes(`${path.sep}.vite${path.sep}`)) continue;
        const body = readFileSync(f);
        if (body.length < 1024) continue;
        writeFileSync(`${f}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
        writeFileSync(`${f}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), precompress()],
  build: {
    outDir,
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
