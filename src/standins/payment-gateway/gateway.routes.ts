/**
 * MÔI TRƯỜNG THỬ NGHIỆM — cổng thanh toán giả lập.
 *
 * A development stand-in for the DVCQG payment platform, mounted under /dev-payment only when PAYMENT_GATEWAY_URL
 * is empty and NODE_ENV is not production. It speaks the protocol of domain-vn.md §6.5 exactly as our client
 * expects a real gateway to: INIT and GET_BILL are POSTed to /dev-payment and answered with
 * `{ error_code, message }`; the payer's page is /dev-payment/pay/:token; pressing "Thanh toán" or "Hủy" POSTs a
 * signed callback to PUBLIC_URL/api/v1/payments/callback. No money moves.
 *
 * Error codes of this stand-in [I]: "0" accepted, "1" malformed or unknown message, "2" wrong checksum,
 * "3" unknown partner, "4" reference already paid, "5" invalid amount, "6" unknown reference.
 * Callback MaLoi: "00" paid, "24" cancelled by the payer [I].
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
      await res.arrayBuffer();
      await recordCallbackStatus(db, token, res.status);
      app.log.info({ reference: m.MaThamChieu, code, status: res.status }, `${STANDIN_BANNER}: callback sent`);
      return res.status;
    } catch (err) {
      app.log.warn({ err, reference: m.MaThamChieu }, `${STANDIN_BANNER}: callback failed`);
      return undefined;
    }
  }

  app.post(
    STANDIN_PATH,
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: `${STANDIN_BANNER}: INIT and GET_BILL`,
        body: Type.Record(Type.String(), Type.Unknown()),
        response: { 200: Type.Object({ error_code: Type.String(), message: Type.String() }) },
      },
    },
    async (req) => {
      const b = req.body;
      const key = await secret();
      const kind = str(b, 'LoaiBanTin');
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
        if (!verify('GET_BILL', b, key)) return answer('2', 'Sai mã xác thực');
        if (str(b, 'MaDoiTac') !== config.PAYMENT_PARTNER_CODE) return answer('3', 'Mã đối tác không tồn tại');
        const t = await latestForReference(db, str(b, 'MaDoiTac'), str(b, 'MaThamChieu'));
        if (!t) return answer('6', 'Không tìm thấy giao dịch');
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
