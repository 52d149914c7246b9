/**
 * MÔI TRƯỜNG THỬ NGHIỆM — cổng thanh toán giả lập.
 *
 * A development stand-in for the DVCQG payment platform, mounted under /dev-payment only when PAYMENT_GATEWAY_URL
 * is empty and NODE_ENV is not production. It speaks the protocol of domain-vn.md §6.5 as the production clients
 * use it (Thanh Hóa Infrastructure/DvcPayment/DvcPaymentService.cs; opencps-v2 pay-gate-integration): three
 * addresses — INIT at /dev-payment (`{ error_code, message }`, message = JSON with UrlThanhToan), GET_BILL at
 * /dev-payment/bill (the receipt as a PDF stream), QUERY at /dev-payment/query (the transaction's state with the
 * callback's fields, signed as a callback) — and, for a client configured with one address, all three at
 * /dev-payment (GET_BILL then answers its JSON bill). With PAYMENT_ACCESS_TOKEN set every message must carry
 * `Authorization: Bearer <token>` (401 otherwise). The payer's page is /dev-payment/pay/:token; pressing
 * "Thanh toán" or "Hủy" POSTs a signed callback to PUBLIC_URL/api/v1/payments/callback, whose reply is read as
 * `{MaLoi, MoTaLoi, MaDoiTac, ThoiGianGD, MaXacThuc}`. No money moves.
 *
 * Error codes of this stand-in [I]: "0" accepted, "1" malformed or unknown message, "2" wrong checksum,
 * "3" unknown partner, "4" reference already paid, "5" invalid amount, "6" unknown reference, "7" missing or wrong
 * bearer token. Callback MaLoi: "00" paid, "24" cancelled by the payer [I]; QUERY of an open transaction: MaLoi ""
 * and TrangThaiGD "khoi-tao".
 */
import { randomBytes, randomInt } from 'node:crypto';
import formbody from '@fastify/formbody';
import { Type } from 'typebox';
import type { Server } from '../../http/types.ts';
import type { Db } from '../../db/connect.ts';
import type { Config } from '../../config.ts';
import {
  completeTransaction,
  findTransaction,
  insertTransaction,
  latestForReference,
  partnerSecret,
  recordCallbackStatus,
} from './gateway.repository.ts';
import { STANDIN_BANNER, messagePage, paymentPage, resultPage } from './page.ts';
import { receiptPdf } from './receipt-pdf.ts';
import type { DevPaymentTransactionRow } from './gateway.table.ts';
import { INIT_FIXED_VALUES, sign, verify, vnNow, type StoredInit } from './protocol.ts';

export const STANDIN_PATH = '/dev-payment';
export const PAID_CODE = '00';
export const CANCELLED_CODE = '24';
/** LoaiBanTin of the callbacks this stand-in sends [I]: §6.5 does not name it. */
export const CALLBACK_TYPE = 'CONFIRM';

/** Mounted only without a configured gateway, and never in production. */
export function standInEnabled(config: Config): boolean {
  return !config.PAYMENT_GATEWAY_URL && config.NODE_ENV !== 'production';
}

/** The payer's pages: inline styles, forms to this page, never framed. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const answer = (error_code: string, message: string | object) => ({
  error_code,
  message: typeof message === 'string' ? message : JSON.stringify(message),
});

function str(b: Record<string, unknown>, k: string): string {
  const v = b[k];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

export async function paymentGatewayStandInRoutes(app: Server, { db, config }: { db: Db; config: Config }): Promise<void> {
  if (!standInEnabled(config)) return;
  const publicUrl = config.PUBLIC_URL.replace(/\/$/, '');
  const base = `${publicUrl}${STANDIN_PATH}`;
  const callbackUrl = `${publicUrl}/api/v1/payments/callback`;
  const secret = () => (config.PAYMENT_SECRET ? Promise.resolve(config.PAYMENT_SECRET) : partnerSecret(db, config.PAYMENT_PARTNER_CODE));
  app.log.warn({ url: base }, `${STANDIN_BANNER}: mounted at ${STANDIN_PATH}`);
  const tags = ['dev-payment'];
  // The payer's page posts an HTML form (pay, cancel, resend): this scope takes form bodies; the API does not.
  await app.register(formbody);

  async function sendCallback(token: string, m: StoredInit, code: string, gatewayTransactionId: string): Promise<number | undefined> {
    const body: Record<string, string> = {
      LoaiBanTin: CALLBACK_TYPE,
      MaLoi: code,
      MaDoiTac: m.MaDoiTac,
      MaThamChieu: m.MaThamChieu,
      SoTien: m.SoTien,
      MaTienTe: m.MaTienTe,
      MaGiaoDich: gatewayTransactionId,
      MaNganHang: m.MaNganHang,
      ThoiGianGD: vnNow(),
      ThongTinGiaoDich: m.ThongTinGiaoDich,
    };
    body.MaXacThuc = sign('CALLBACK', body, await secret());
    try {
      const res = await fetch(callbackUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(20_000),
      });
      const reply = (await res.json().catch(() => undefined)) as Record<string, unknown> | undefined;
      await recordCallbackStatus(db, token, res.status);
      // the partner's reply echoes MaLoi, ThoiGianGD and MaXacThuc with its own code (ConfirmDvcPaymentResponse)
      const acknowledged = res.ok && reply?.MaLoi === code && reply.MaXacThuc === body.MaXacThuc && reply.MaDoiTac === m.MaDoiTac && typeof reply.MoTaLoi === 'string';
      app.log.info({ reference: m.MaThamChieu, code, status: res.status, acknowledged }, `${STANDIN_BANNER}: callback sent`);
      return res.status;
    } catch (err) {
      app.log.warn({ err, reference: m.MaThamChieu }, `${STANDIN_BANNER}: callback failed`);
      return undefined;
    }
  }

  /** The bearer token the platform was given (PAYMENT_ACCESS_TOKEN), when one is: undefined = accepted. */
  const tokenRefusal = (authorization: string | undefined) =>
    config.PAYMENT_ACCESS_TOKEN && authorization !== `Bearer ${config.PAYMENT_ACCESS_TOKEN}` ? answer('7', 'Thiếu hoặc sai mã truy cập') : undefined;

  /** The state of a transaction, with the callback's fields signed as a callback (QUERY). */
  async function queryAnswer(b: Record<string, unknown>, key: string): Promise<{ error_code: string; message: string; [k: string]: string }> {
    if (!verify('QUERY', b, key)) return answer('2', 'Sai mã xác thực');
    if (str(b, 'MaDoiTac') !== config.PAYMENT_PARTNER_CODE) return answer('3', 'Mã đối tác không tồn tại');
    const t = await latestForReference(db, str(b, 'MaDoiTac'), str(b, 'MaThamChieu'));
    if (!t) return answer('6', 'Không tìm thấy giao dịch');
    const out: Record<string, string> = {
      LoaiBanTin: 'QUERY', MaLoi: t.resultCode ?? '', MaDoiTac: t.partnerCode, MaThamChieu: t.reference, SoTien: String(t.amount),
      MaTienTe: t.message.MaTienTe, MaGiaoDich: t.gatewayTransactionId, MaNganHang: t.message.MaNganHang,
      ThoiGianGD: vnNow(new Date(t.completedAt ?? t.createdAt)), ThongTinGiaoDich: t.message.ThongTinGiaoDich,
    };
    out.MaXacThuc = sign('CALLBACK', out, key);
    const MoTaLoi = t.state === 'thanh-cong' ? 'Giao dịch thành công' : t.state === 'that-bai' ? 'Giao dịch không thành công' : 'Giao dịch chưa hoàn tất';
    return { error_code: '0', message: MoTaLoi, ...out, MoTaLoi, TrangThaiGD: t.state };
  }

  /** The transaction a signed GET_BILL asks for, or the refusal. */
  async function billFor(b: Record<string, unknown>, key: string): Promise<DevPaymentTransactionRow | ReturnType<typeof answer>> {
    if (!verify('GET_BILL', b, key)) return answer('2', 'Sai mã xác thực');
    if (str(b, 'MaDoiTac') !== config.PAYMENT_PARTNER_CODE) return answer('3', 'Mã đối tác không tồn tại');
    return (await latestForReference(db, str(b, 'MaDoiTac'), str(b, 'MaThamChieu'))) ?? answer('6', 'Không tìm thấy giao dịch');
  }

  const Envelope = Type.Object({ error_code: Type.String(), message: Type.String() }, { additionalProperties: true });

  app.post(
    `${STANDIN_PATH}/bill`,
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: `${STANDIN_BANNER}: GET_BILL, the receipt as a PDF stream (a refusal: the JSON envelope)`,
        body: Type.Record(Type.String(), Type.Unknown()),
      },
    },
    async (req, reply) => {
      const refused = tokenRefusal(req.headers.authorization);
      if (refused) return reply.code(401).send(refused);
      const t = await billFor(req.body, await secret());
      if ('error_code' in t) return reply.send(t);
      const pdf = await receiptPdf({
        reference: t.reference, gatewayTransactionId: t.gatewayTransactionId, amount: t.amount, state: t.state,
        paidAt: t.state === 'thanh-cong' && t.completedAt ? vnNow(new Date(t.completedAt)) : null, message: t.message,
      });
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${t.reference}.pdf"`).send(pdf);
    },
  );

  app.post(
    `${STANDIN_PATH}/query`,
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: `${STANDIN_BANNER}: QUERY, the state of a transaction`,
        body: Type.Record(Type.String(), Type.Unknown()),
        response: { 200: Envelope, 401: Envelope },
      },
    },
    async (req, reply) => {
      const refused = tokenRefusal(req.headers.authorization);
      if (refused) return reply.code(401).send(refused);
      return queryAnswer(req.body, await secret());
    },
  );

  app.post(
    STANDIN_PATH,
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: `${STANDIN_BANNER}: INIT (and GET_BILL, QUERY for a client configured with one address)`,
        body: Type.Record(Type.String(), Type.Unknown()),
        response: { 200: Envelope, 401: Envelope },
      },
    },
    async (req, reply) => {
      const refused = tokenRefusal(req.headers.authorization);
      if (refused) return reply.code(401).send(refused);
      const b = req.body;
      const key = await secret();
      const kind = str(b, 'LoaiBanTin');
      if (kind === 'QUERY') return queryAnswer(b, key);
      if (kind === 'INIT') {
        const fixedOk = Object.entries(INIT_FIXED_VALUES).every(([k, v]) => b[k] === v);
        const receipt = b.ThongTinBienLai as StoredInit['ThongTinBienLai'] | undefined;
        if (!fixedOk || !receipt || typeof receipt !== 'object' || !Array.isArray(receipt.PhiLePhi) || !str(b, 'MaThamChieu')) {
          return answer('1', 'Bản tin INIT không hợp lệ');
        }
        if (!verify('INIT', b, key)) return answer('2', 'Sai mã xác thực');
        const m = b as StoredInit;
        if (m.MaDoiTac !== config.PAYMENT_PARTNER_CODE) return answer('3', 'Mã đối tác không tồn tại');
        if (!/^[1-9]\d{0,14}$/.test(str(b, 'SoTien'))) return answer('5', 'Số tiền không hợp lệ');
        const prior = await latestForReference(db, m.MaDoiTac, m.MaThamChieu);
        if (prior?.state === 'thanh-cong') return answer('4', 'Mã tham chiếu đã được thanh toán');
        const token = randomBytes(16).toString('hex');
        const gatewayTransactionId = `GD${vnNow()}${String(randomInt(1_000_000)).padStart(6, '0')}`;
        await insertTransaction(db, {
          token, partnerCode: m.MaDoiTac, reference: m.MaThamChieu, amount: Number(m.SoTien), message: m, gatewayTransactionId,
        });
        req.log.info({ reference: m.MaThamChieu }, `${STANDIN_BANNER}: INIT accepted`);
        return answer('0', { UrlThanhToan: `${base}/pay/${token}`, MaThamChieu: m.MaThamChieu });
      }
      if (kind === 'GET_BILL') {
        const t = await billFor(b, key);
        if ('error_code' in t) return t;
        return answer('0', {
          MaThamChieu: t.reference, MaGiaoDich: t.gatewayTransactionId, SoTien: String(t.amount), MaTienTe: 'VND',
          TrangThai: t.state, MaLoi: t.resultCode ?? '', ThoiGianGD: vnNow(new Date(t.completedAt ?? t.createdAt)),
          ThongTinBienLai: t.message.ThongTinBienLai,
        });
      }
      return answer('1', 'Loại bản tin không được hỗ trợ');
    },
  );

  const TokenParams = Type.Object({ token: Type.String({ pattern: '^[0-9a-f]{32}$' }) }, { additionalProperties: false });

  app.get(
    `${STANDIN_PATH}/pay/:token`,
    { config: { permission: 'public' }, schema: { tags, summary: `${STANDIN_BANNER}: payment page`, params: TokenParams } },
    async (req, reply) => {
      const t = await findTransaction(db, req.params.token);
      reply.type('text/html; charset=utf-8').header('content-security-policy', PAGE_CSP);
      if (!t) return reply.code(404).send(messagePage('Không tìm thấy giao dịch', 'Liên kết thanh toán không đúng hoặc đã hết hạn.'));
      if (t.state !== 'khoi-tao') return reply.send(resultPage(t.token, t.state === 'thanh-cong', t.callbackStatus ?? undefined));
      return reply.send(paymentPage(t.token, t.message));
    },
  );

  app.post(
    `${STANDIN_PATH}/pay/:token`,
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: `${STANDIN_BANNER}: pay, cancel, or resend the result notification`,
        params: TokenParams,
        body: Type.Object(
          { action: Type.Union([Type.Literal('pay'), Type.Literal('cancel'), Type.Literal('resend')]) },
          { additionalProperties: false },
        ),
      },
    },
    async (req, reply) => {
      reply.type('text/html; charset=utf-8').header('content-security-policy', PAGE_CSP);
      const t = await findTransaction(db, req.params.token);
      if (!t) return reply.code(404).send(messagePage('Không tìm thấy giao dịch', 'Liên kết thanh toán không đúng hoặc đã hết hạn.'));
      if (req.body.action === 'resend') {
        if (t.state === 'khoi-tao' || !t.resultCode) return reply.code(409).send(messagePage('Chưa có kết quả', 'Giao dịch chưa hoàn tất.'));
        const status = await sendCallback(t.token, t.message, t.resultCode, t.gatewayTransactionId);
        return reply.send(resultPage(t.token, t.state === 'thanh-cong', status));
      }
      const paid = req.body.action === 'pay';
      const code = paid ? PAID_CODE : CANCELLED_CODE;
      if (!(await completeTransaction(db, t.token, paid ? 'thanh-cong' : 'that-bai', code))) {
        return reply.code(409).send(messagePage('Giao dịch đã được xử lý', 'Giao dịch này đã hoàn tất trước đó.'));
      }
      const status = await sendCallback(t.token, t.message, code, t.gatewayTransactionId);
      return reply.send(resultPage(t.token, paid, status));
    },
  );
}
