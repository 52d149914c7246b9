/**
 * Conformance of a national portal to the motcua protocol: the envelope checks (envelope.checks.ts) with
 * `dossier.sync` bodies, plus what only the portal's mirror must do — keep the newest change when an older one
 * arrives late, and accept an outage's backlog in one message, in order (read back with the signed `dossier.query`).
 */
import { randomUUID } from 'node:crypto';
import { QUERY_MESSAGE_TYPE, SYNC_MESSAGE_TYPE } from '../transport/message-types.ts';
import { applied, envelopeChecks, seal, send, type MotcuaContext, type Profile } from './envelope.checks.ts';
import { describe, http, wireDate, type Check } from './kit.ts';

/** The agency of the test dossiers unless `--agency-code` names another: the portal must host it under the kit's node code. */
export const KIT_AGENCY = '000.00.00.H99';

function event(agency: string, dossierId: string, seq: number, status: number, at: Date) {
  const d = wireDate(at);
  const ma = `${agency}-${d.slice(2, 8)}-${String(seq).padStart(4, '0')}`;
  return {
    dossierId,
    seq,
    changedAt: at.toISOString(),
    DongBoHoSoMC: {
      MaHoSo: ma,
      MaTTHC: '1.001193',
      TenTTHC: 'Kiểm tra tuân thủ',
      KenhThucHien: '1',
      ChuHoSo: 'Kiểm Tra',
      NgayTiepNhan: d,
      TrangThaiHoSo: String(status),
    },
    CapNhatTienDoHoSoMC: [
      {
        MaHoSo: ma,
        NguoiXuLy: 'Bộ kiểm tra',
        ThoiDiemXuLy: d,
        NoiDungXuLy: 'Kiểm tra',
        TrangThai: String(status),
      },
    ],
  };
}

export const portalProfile = (agency = KIT_AGENCY): Profile => ({
  label: 'national portal',
  path: '/api/v1/federation/messages',
  type: SYNC_MESSAGE_TYPE,
  body: () => ({ events: [event(agency, randomUUID(), 1, 2, new Date())] }),
  tamper(body) {
    (body as { events: { DongBoHoSoMC: Record<string, unknown> }[] }).events[0]!.DongBoHoSoMC.TrangThaiHoSo =
      '10';
  },
  // Status 11 does not exist (DVCQG statuses are 1–10).
  malformed: () => ({
    events: [{ ...event(agency, randomUUID(), 1, 2, new Date()), DongBoHoSoMC: { TrangThaiHoSo: '11' } }],
  }),
});

async function query(ctx: MotcuaContext, ids: string[]) {
  const a = await http(
    `${ctx.target}/api/v1/federation/query`,
    seal(ctx, { dossierIds: ids }, { type: QUERY_MESSAGE_TYPE }),
  );
  const list = Array.isArray(a.json?.dossiers)
    ? (a.json.dossiers as { dossierId: string; lastSeq: number; trangThai: number }[])
    : undefined;
  return { a, list };
}

export const motcuaChecks: Check<MotcuaContext>[] = [
  ...envelopeChecks,
  {
    name: 'ordering-older-seq-does-not-regress',
    async run(ctx) {
      const id = randomUUID();
      const now = Date.now();
      const a3 = await send(ctx, seal(ctx, { events: [event(ctx.agencyCode ?? KIT_AGENCY, id, 3, 5, new Date(now))] }));
      const a2 = await send(ctx, seal(ctx, { events: [event(ctx.agencyCode ?? KIT_AGENCY, id, 2, 4, new Date(now - 60_000))] }));
      if (a3.status !== 200 || a2.status !== 200)
        return { ok: false, detail: `seq 3: ${describe(a3)}, seq 2: ${describe(a2)}` };
      const { a, list } = await query(ctx, [id]);
      const d = list?.find((x) => x.dossierId === id);
      if (!d) return { ok: false, detail: `the mirror query did not return the dossier (${describe(a)})` };
      return d.lastSeq === 3 && d.trangThai === 5
        ? { ok: true, detail: 'seq 3 kept after seq 2 arrived late' }
        : { ok: false, detail: `regressed: lastSeq ${d.lastSeq}, status ${d.trangThai} (expected 3, 5)` };
    },
  },
  {
    name: 'outage-recovery-backlog-accepted',
    async run(ctx) {
      // What a system sends after hours offline: many changes per dossier, all old, in one batch.
      const ids = [randomUUID(), randomUUID(), randomUUID()];
      const start = Date.now() - 6 * 3600_000;
      const events = ids.flatMap((id, i) =>
        [1, 2, 3].map((seq) => event(ctx.agencyCode ?? KIT_AGENCY, id, seq, seq + 1, new Date(start + (i * 3 + seq) * 60_000))),
      );
      const env = seal(ctx, { events });
      const r = applied(ctx, await send(ctx, env), env.header.id, 'applied');
      if (!r.ok) return r;
      const { a, list } = await query(ctx, ids);
      const ok = list?.length === 3 && list.every((d) => d.lastSeq === 3 && d.trangThai === 4);
      return ok
        ? { ok: true, detail: '9 backlog events of 3 dossiers applied in order' }
        : {
            ok: false,
            detail: `mirror after the backlog: ${JSON.stringify(list ?? describe(a)).slice(0, 200)}`,
          };
    },
  },
];
