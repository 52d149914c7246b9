/**
 * Real federation nodes for tests: each with its own fresh database, its own NODE_CODE and key pair (its own
 * DATA_DIR), listening on 127.0.0.1; a local node with agencies, a published procedure and officers.
 */
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { loadNodeIdentity, type NodeIdentity } from '../../src/federation/transport/node-identity.ts';
import { registerNode } from '../../src/national/registry/registry.service.ts';
import type { Principal } from '../../src/platform/identity/principal.ts';
import { createTestDb, type TestDb } from '../db.ts';
import { insertAgencies, officer, publishProcedure, type AgencyIds } from '../fixtures.ts';

export interface Node {
  config: Config;
  tdb: TestDb;
  db: TestDb['db'];
  identity: NodeIdentity;
  app: FastifyInstance;
  url: string;
  /** Stop listening (the database stays): the node is "down". */
  stop(): Promise<void>;
  /** Listen again on the same port with a fresh app on the same database. */
  restart(): Promise<void>;
  destroy(): Promise<void>;
}

export async function startNode(env: Record<string, string>, principals: Record<string, Principal> = {}, tdb?: TestDb): Promise<Node> {
  const db = tdb ?? (await createTestDb());
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'motcua-fed-')),
    SYNC_RETRY_MS: '20',
    SYNC_RETRY_MAX_MS: '200',
    ...env,
  });
  const build = () =>
    buildApp({ config, db: db.db, pool: db.pool, logger: false, extraResolvers: [async (t) => principals[t]] });
  let app = await build();
  // a node that must know its own address (PUBLIC_URL: the payment stand-in's page and callback) is given its PORT,
  // or listens on the port its PUBLIC_URL names
  const ownPort = env.PORT ? Number(env.PORT) : env.PUBLIC_URL ? Number(new URL(env.PUBLIC_URL).port) : 0;
  await app.listen({ host: '127.0.0.1', port: ownPort });
  const port = (app.server.address() as AddressInfo).port;
  const node: Node = {
    config,
    tdb: db,
    db: db.db,
    identity: loadNodeIdentity(config),
    app,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await app.close();
    },
    async restart() {
      app = await build();
      await app.listen({ host: '127.0.0.1', port });
      node.app = app;
    },
    async destroy() {
      await app.close().catch(() => {});
      await db.destroy();
    },
  };
  return node;
}

export interface LocalNode extends Node {
  ids: AgencyIds;
  tokens: Record<string, Principal>;
}

/** A Thanh Hóa (H56) local system connected to `national` (registered there). */
export async function startLocal(national: Node, code = 'H56', extra: Record<string, string> = {}): Promise<LocalNode> {
  const tokens: Record<string, Principal> = {};
  const node = await startNode(
    { ROLE: 'local', NODE_CODE: code, NATIONAL_URL: national.url, NATIONAL_NODE_CODE: national.identity.code, ...extra },
    tokens,
  );
  const ids = await insertAgencies(node.db);
  Object.assign(tokens, {
    mc: officer('one_stop_officer', ids.h56, '000.00.00.H56', 'Lê Thị Một Cửa'),
    cv: officer('specialist', ids.h56justice, '000.00.06.H56', 'Trần Chuyên Viên'),
    ld: officer('leader', ids.h56justice, '000.00.06.H56', 'Phạm Lãnh Đạo'),
  });
  await publishProcedure(node.db);
  await registerNode(national.db, { code, name: `Hệ thống ${code}`, baseUrl: node.url, publicKey: node.identity.publicKeyPem });
  return { ...node, ids, tokens };
}

/** The national portal; `op` is a national operator's bearer token. */
export function startNational(): Promise<Node> {
  return startNode({ ROLE: 'national', NODE_CODE: 'NATIONAL' }, { op: officer('national_operator', '00000000-0000-4000-8000-00000000ffff', '000.00.00.G22') });
}

const reception = (name: string, resolvingAgencyCode = '000.00.06.H56') => ({
  procedureCode: '1.001193',
  resolvingAgencyCode,
  channel: 'counter',
  owner: { type: 'citizen', idNumber: '038087042028', name, birthDate: '1987-05-01', phone: '0912345678' },
  components: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
});

async function call(local: LocalNode, url: string, token: string, payload?: object) {
  const r = await local.app.inject({
    method: payload ? 'POST' : 'GET',
    url,
    ...(payload ? { payload } : {}),
    headers: { authorization: `Bearer ${token}` },
  });
  if (r.statusCode >= 300) throw new Error(`${url}: ${r.statusCode} ${r.body}`);
  return r.json<{ id: string; code: string; version: number; status: number }>();
}

/** A counter dossier at the node's justice department (H56's by default; `000.00.06.H49` with the token `mc49`). */
export async function receive(local: LocalNode, name: string, agencyCode = '000.00.06.H56', token = 'mc') {
  return call(local, '/api/v1/dossiers', token, reception(name, agencyCode));
}

/** The whole life of a dossier after reception: start, forward, approve, record and return the result. */
export const LIFE: [string, string, Record<string, unknown>?][] = [
  ['cv', 'start'],
  ['cv', 'forward'],
  ['ld', 'approve'],
  ['cv', 'record_result'],
  ['mc', 'return_result', { returnMethod: 'counter', receiver: { name: 'Nguyễn Văn An' } }],
];

export async function act(local: LocalNode, id: string, token: string, action: string, extra: Record<string, unknown> = {}) {
  const cur = await call(local, `/api/v1/dossiers/${id}`, 'mc');
  if (action === 'return_result') {
    // a result is handed over only with the fees settled (issue 13.5): the counter takes them in cash
    const fees = await call(local, `/api/v1/dossiers/${id}/fees`, 'mc') as unknown as { total: number; paid: boolean };
    if (fees.total > 0 && !fees.paid) await call(local, `/api/v1/dossiers/${id}/fees/cash`, 'mc', { receiptNo: `F-${id.slice(0, 8)}`, amount: fees.total });
  }
  return call(local, `/api/v1/dossiers/${id}/actions`, token, { expectedVersion: cur.version, action, ...extra });
}
