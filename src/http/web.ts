/**
 * The web application (web/, built by Vite into dist/web) served by the API server itself.
 * Hashed assets under /assets get immutable cache headers; any other GET that a browser navigates to
 * (Accept: text/html) and that no API route answers returns index.html, so the client router takes over.
 * Paths under /api/ never fall back: they stay problem+json 404. Without dist/web the server runs API only.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { demoPeople } from '../standins/eid/demo-people.ts';

/** dist/web of this checkout (src/http → repository root). */
export const defaultWebDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

const ONE_YEAR_MS = 365 * 24 * 3600 * 1000;
const hidden = { hide: true } as const;
/** A missing file of these kinds is a 404, not the app (procedure codes such as 1.001193 are page paths). */
const STATIC_EXT = /\.(js|mjs|css|map|json|txt|xml|ico|png|jpe?g|gif|svg|webp|webmanifest|woff2?|ttf|pdf)$/i;

function notFound(req: FastifyRequest): AppError {
  return new AppError('route-not-found', { detail: `${req.method} ${req.url.split('?')[0]}` });
}

/** A file at the root of dist/web (favicon.svg, robots.txt…): plain name with an extension, no folders. */
function rootFile(dir: string, urlPath: string): string | undefined {
  const name = urlPath.slice(1);
  if (!/^[A-Za-z0-9._-]+\.[A-Za-z0-9]+$/.test(name) || name === 'index.html') return undefined;
  const full = path.join(dir, name);
  return existsSync(full) && statSync(full).isFile() ? name : undefined;
}

function wantsHtml(req: FastifyRequest): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

const WebSettings = Type.Object(
  {
    demoMode: Type.Boolean(),
    demoAccounts: Type.Array(
      Type.Object({ kind: Type.Union([Type.Literal('citizen'), Type.Literal('organisation')]), loginId: Type.String(), name: Type.String() }),
    ),
  },
  { additionalProperties: false },
);

/**
 * Registers the web app's routes: its public settings (demo mode and the demo accounts of the quick login), the
 * built files and the client-side route fallback. Returns false (and logs a hint) when the build is missing.
 */
export async function registerWeb(app: FastifyInstance, opts: { config: Config; dir?: string }): Promise<boolean> {
  const demoMode = opts.config.DEMO_MODE;
  app.get(
    '/api/v1/web/settings',
    {
      config: { permission: 'public' },
      schema: { tags: ['web'], summary: 'Settings of the web app: demo mode and its demo accounts', response: { 200: WebSettings } },
    },
    async () => ({
      demoMode,
      demoAccounts: demoMode ? demoPeople.map((p) => ({ kind: p.kind, loginId: p.loginId, name: p.name })) : [],
    }),
  );
  const dir = opts.dir ?? defaultWebDir;
  if (!existsSync(path.join(dir, 'index.html'))) {
    app.log.warn({ dir }, 'web app not built: serving the API only (run `npm run build:web`)');
    return false;
  }
  // The build writes .br and .gz beside each text file (web/vite.config.ts): a browser that accepts them gets the
  // compressed file as is (issue 13.17: the home page's JavaScript was sent uncompressed).
  await app.register(fastifyStatic, { root: dir, serve: false, preCompressed: true });

  const sendIndex = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html', dir, { cacheControl: false });

  app.get('/assets/*', { config: { permission: 'public' }, schema: hidden }, async (req, reply) => {
    const rel = (req.params as { '*': string })['*'];
    if (!/^[A-Za-z0-9._-]+$/.test(rel)) throw notFound(req);
    // Vite names every asset by its content hash: safe to cache for good.
    return reply.sendFile(rel, path.join(dir, 'assets'), { maxAge: ONE_YEAR_MS, immutable: true });
  });

  app.get('/', { config: { permission: 'public' }, schema: hidden }, async (_req, reply) => sendIndex(reply));

  app.get('/*', { config: { permission: 'public' }, schema: hidden }, async (req, reply) => {
    const urlPath = req.url.split('?')[0] ?? '/';
    if (urlPath === '/api' || urlPath.startsWith('/api/')) throw notFound(req);
    const file = rootFile(dir, urlPath);
    if (file) return reply.sendFile(file, dir, { maxAge: 3600 * 1000 });
    // Only a browser navigation gets the app; scripts asking for JSON keep the 404 problem.
    if (!wantsHtml(req) || STATIC_EXT.test(urlPath)) throw notFound(req);
    return sendIndex(reply);
  });
  return true;
}
