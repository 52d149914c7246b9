/**
 * Once-only resolver benchmark: resolving a dossier's components against a warehouse of N generated documents
 * (default 10,000,000; `--n 1000000` or BENCH_WAREHOUSE_N to reduce; generation stops at BENCH_GEN_BUDGET seconds,
 * default 300, and the N reached is reported). Starts the real server (demo mode, embedded PostgreSQL), publishes a
 * procedure whose 5 components name document-type codes, bulk-generates owners with 1–20 documents each in SQL
 * (`INSERT … SELECT generate_series`, indexes built after the load), then measures with autocannon:
 *  - the citizen's resolver (`GET /api/v1/procedures/:code/reuse`) for one owner with 12 documents;
 *  - the counter resolver for random owners, each under a recorded counter consent (logs every read);
 *  - baselines: a bare Fastify process, and one document by primary key through the full stack.
 * autocannon reports p97.5, not p95: the figures given are the stricter p97.5.
 * Run alone: `node --import tsx bench/warehouse.ts [--n N]`.
 */
import type pg from 'pg';
import { measure, startBare, type Bare } from './dossier-bare.ts';
import {
  cleanUp,
  DEMO_AGENCY,
  DEMO_OFFICER,
  demoToken,
  embeddedDatabaseUrl,
  freePort,
  pgPool,
  startServer,
  tempDataDir,
  type ServerProcess,
} from '../test/reliability/server-process.ts';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 10;
const CITIZEN = '038087012345'; // demo citizen Lê Văn Thành
const PROCEDURE = '2.000999';
const TYPES = ['T01', 'T02', 'T03', 'T04', 'T05'];

function requestedN(): number {
  const i = process.argv.indexOf('--n');
  const v = i >= 0 ? process.argv[i + 1] : process.env.BENCH_WAREHOUSE_N;
  const n = Number(v ?? 10_000_000);
  if (!Number.isInteger(n) || n < 1000) throw new Error('--n must be an integer ≥ 1000');
  return n;
}

async function api(url: string, token: string, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const r = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  return (await r.json()) as Record<string, unknown>;
}

async function publishProcedure(url: string): Promise<void> {
  const token = await demoToken(url, 'vh.national');
  const demo = await api(url, token, 'GET', '/api/v1/procedures/1.001193');
  const v = await api(url, token, 'POST', '/api/v1/procedures', {
    code: PROCEDURE,
    name: 'Thủ tục thử nghiệm tái sử dụng dữ liệu',
    sectorCode: demo.sectorCode,
    levels: ['province'],
    agencyCodes: [DEMO_AGENCY],
    onlineLevel: 'full',
    processing: { counter: { duration: 5, unit: 'working_day' }, online: { duration: 5, unit: 'working_day' } },
    cases: [
      {
        name: 'Trường hợp thông thường',
        components: [
          { name: 'Tờ khai', originals: 1, copies: 0 },
          ...TYPES.slice(0, 4).map((t, i) => ({ name: `Giấy tờ ${i + 1}`, originals: 1, copies: 0, documentTypeCode: t })),
          { name: 'Kết quả trước', originals: 1, copies: 0, documentTypeCode: 'T05', replacingResultCode: 'KQ.T05' },
        ],
      },
    ],
    fees: [],
    results: [{ code: 'KQ.X', name: 'Kết quả' }],
    legalBasis: ['Nghị định 107/2021/NĐ-CP'],
    workflowTemplateRef: null,
  });
  await api(url, token, 'POST', `/api/v1/procedures/${PROCEDURE}/versions/${String(v.id)}/publish`, { effectiveFrom: '2025-01-01' });
}

/** One batch of owners [from, to): each with 1–20 documents over 40 type codes (5 of them the procedure's). */
function batchSql(from: number, to: number): string {
  return `
    insert into warehouse_documents (id, owner_kind, owner_id, type_code, name, number_symbol, issuer_code, issuer_name,
      issue_date, valid_until, permanent, validity_scope, provenance, signature_status, file_sha256, file_size, file_mime,
      status, deposited_by_kind, deposited_by_id, deposited_by_agency)
    select gen_random_uuid(), 'citizen', '0999' || lpad(o::text, 8, '0'),
      case when j % 4 = 0 then 'T0' || (1 + (o + j) % 5) else 'X' || lpad(((o * 31 + j) % 35)::text, 2, '0') end,
      'Giấy tờ ' || j, j || '/' || o, '000.01.31.H56', 'Cơ quan cấp',
      date '2015-01-01' + ((o + j) % 3650), case when j % 7 = 0 then date '2020-01-01' + ((o * j) % 3000) end, j % 7 <> 0,
      case when j % 11 = 0 then 'H49' else 'national' end,
      (array['issued', 'digitised', 'uploaded'])[1 + (o + j) % 3], 'signed_valid',
      md5(o::text || '-' || j::text) || md5(j::text || '/' || o::text), 1000 + j, 'application/pdf',
      case when j % 13 = 0 then 'revoked' else 'valid' end, 'system', 'bench', '000.01.31.H56'
    from generate_series(${from}, ${to - 1}) o, generate_series(1, (1 + (o::bigint * 7919) % 20)::int) j`;
}

async function generate(pool: pg.Pool, n: number, budgetSeconds: number) {
  const t0 = Date.now();
  // load without secondary indexes, then build them (much faster than maintaining them row by row)
  await pool.query(`alter table warehouse_documents drop constraint warehouse_documents_pkey;
    drop index warehouse_documents_owner_file_type; drop index warehouse_documents_owner_type;
    alter table warehouse_documents set (autovacuum_enabled = false)`);
  const ownersTotal = Math.ceil(n / 10.5);
  const batch = 100_000;
  let owners = 0;
  let inserted = 0;
  while (owners < ownersTotal && inserted < n && (Date.now() - t0) / 1000 < budgetSeconds) {
    const to = Math.min(owners + batch, ownersTotal);
    const r = await pool.query(batchSql(owners + 1, to + 1));
    inserted += r.rowCount ?? 0;
    owners = to;
    process.stderr.write(`  generated ${inserted} documents, ${owners} owners, ${Math.round((Date.now() - t0) / 1000)} s\n`);
  }
  const loadSeconds = Math.round((Date.now() - t0) / 1000);
  await pool.query(`alter table warehouse_documents add primary key (id)`);
  await pool.query(`create unique index warehouse_documents_owner_file_type on warehouse_documents (owner_id, file_sha256, type_code)`);
  await pool.query(`create index warehouse_documents_owner_type on warehouse_documents (owner_id, type_code)`);
  await pool.query(`alter table warehouse_documents reset (autovacuum_enabled); analyze warehouse_documents`);
  return { requested: n, inserted, owners, loadSeconds, totalSeconds: Math.round((Date.now() - t0) / 1000) };
}

export async function benchWarehouse(): Promise<Record<string, unknown>> {
  const dataDir = tempDataDir('bench-warehouse');
  const servers: ServerProcess[] = [];
  let bare: Bare | undefined;
  try {
    const pgPort = await freePort();
    const server = await startServer({ port: await freePort(), pgPort, dataDir });
    servers.push(server);
    await publishProcedure(server.url);
    const pool = pgPool(embeddedDatabaseUrl(dataDir, pgPort), 2);
    let generated;
    let consentIds: string[];
    let docId: string;
    try {
      generated = await generate(pool, requestedN(), Number(process.env.BENCH_GEN_BUDGET ?? 300));
      // the demo citizen's own 12 documents (the procedure's five types, some unusable), and 1,000 counter consents
      await pool.query(`${batchSql(0, 1).replace(`'0999' || lpad(o::text, 8, '0')`, `'${CITIZEN}'`).replace('(1 + (o::bigint * 7919) % 20)::int', '12')}`);
      docId = (await pool.query<{ id: string }>(`select id from warehouse_documents where owner_id = $1 limit 1`, [CITIZEN])).rows[0]!.id;
      consentIds = (
        await pool.query<{ id: string }>(`
          insert into warehouse_consents (owner_kind, owner_id, channel, dossier_ref, agency_code, purpose, recorded_by_kind, recorded_by_id, recorded_by_name)
          select 'citizen', '0999' || lpad((1 + (k * 7907) % ${generated.owners})::text, 8, '0'), 'counter', 'reception:bench-' || k,
                 '000.00.00.H56', 'Tiếp nhận hồ sơ', 'officer', 'bench', 'Cán bộ một cửa'
          from generate_series(1, 1000) k returning id`)
      ).rows.map((r) => r.id);
    } finally {
      await pool.end();
    }

    const citizenToken = await (async () => {
      const r = await fetch(`${server.url}/api/v1/auth/demo-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personalId: CITIZEN }) });
      if (!r.ok) throw new Error(`citizen demo-login: ${r.status} ${await r.text()}`);
      return ((await r.json()) as { token: string }).token;
    })();
    const officerToken = await demoToken(server.url, DEMO_OFFICER);
    const citizenHeaders = { authorization: `Bearer ${citizenToken}` };
    const officerHeaders = { authorization: `Bearer ${officerToken}` };
    const ownPath = `/api/v1/procedures/${PROCEDURE}/reuse?agencyCode=${DEMO_AGENCY}`;
    const sample = (await (await fetch(`${server.url}${ownPath}`, { headers: citizenHeaders })).json()) as { components: { candidates: unknown[] }[] };
    const counterPath = (id: string) => `/api/v1/reuse/counter-consents/${id}/resolve?procedureCode=${PROCEDURE}`;
    const counterSample = await fetch(`${server.url}${counterPath(consentIds[0]!)}`, { headers: officerHeaders });
    if (!counterSample.ok) throw new Error(`counter resolve: ${counterSample.status} ${await counterSample.text()}`);
    bare = await startBare(JSON.stringify(sample));

    let i = 0;
    const counter = [{ setupRequest: (req: { path: string }) => ({ ...req, headers: officerHeaders, path: counterPath(consentIds[i++ % consentIds.length]!) }) }];
    await measure(server.url, { connections: 2, duration: 2, requests: [{ path: ownPath, headers: citizenHeaders }] }); // warm-up
    const baseline = await measure(bare.url, { connections: CONNECTIONS, duration: DURATION_S, requests: [{ path: '/x' }] });
    const byId = await measure(server.url, { connections: CONNECTIONS, duration: DURATION_S, requests: [{ path: `/api/v1/my/warehouse/documents/${docId}`, headers: citizenHeaders }] });
    const own = await measure(server.url, { connections: CONNECTIONS, duration: DURATION_S, requests: [{ path: ownPath, headers: citizenHeaders }] });
    const atCounter = await measure(server.url, { connections: CONNECTIONS, duration: DURATION_S, requests: counter });
    const ratio = (m: { p97_5: number; rps: number }) => ({
      p97_5VsBare: +(m.p97_5 / Math.max(baseline.p97_5, 1)).toFixed(1),
      p97_5VsPrimaryKey: +(m.p97_5 / Math.max(byId.p97_5, 1)).toFixed(1),
    });
    return {
      benchmark: 'warehouse',
      durationSeconds: DURATION_S,
      connections: CONNECTIONS,
      data: generated,
      citizenCandidatesPerComponent: sample.components.map((c) => c.candidates.length),
      note: 'p97_5 is autocannon p97.5 (it reports no p95): a slightly stricter figure than p95',
      baselineBareRoute: baseline,
      baselineDocumentByPrimaryKey: byId,
      resolverOwnDocuments: { ...own, ratio: ratio(own) },
      resolverAtCounterRandomOwners: { ...atCounter, ratio: ratio(atCounter) },
    };
  } finally {
    await bare?.stop();
    await cleanUp(servers, dataDir);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchWarehouse(), null, 2));
}
