/**
 * MÔI TRƯỜNG THỬ NGHIỆM — cổng thanh toán giả lập: the electronic receipt (biên lai) GET_BILL streams, a real PDF
 * (pdf-lib, Liberation Serif embedded for Vietnamese). Its metadata names the reference, the gateway transaction, the
 * dossier and the public service code, so a client can check it is the receipt it asked for.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { formatVnd, type StoredInit } from './protocol.ts';

export interface ReceiptFacts {
  reference: string;
  gatewayTransactionId: string;
  amount: number;
  state: string;
  paidAt: string | null;
  message: StoredInit;
}

let font: Uint8Array | undefined;
const fontBytes = () => (font ??= readFileSync(new URL('../../../assets/fonts/LiberationSerif-Regular.ttf', import.meta.url)));

const str = (o: Record<string, unknown>, k: string): string => {
  const v = o[k];
  return typeof v === 'string' ? v : '';
};

export async function receiptPdf(r: ReceiptFacts): Promise<Buffer> {
  const info = r.message.ThongTinBienLai as unknown as Record<string, unknown>;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const f = await doc.embedFont(fontBytes(), { subset: true });
  const page = doc.addPage([595.28, 841.89]);
  let y = 790;
  const line = (text: string, size = 11, color = rgb(0, 0, 0)) => {
    page.drawText(text.normalize('NFC'), { x: 56, y, size, font: f, color });
    y -= size + 8;
  };
  line('MÔI TRƯỜNG THỬ NGHIỆM — cổng thanh toán giả lập. Không có giao dịch tiền thật.', 9, rgb(0.69, 0, 0.13));
  y -= 8;
  line('BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ', 16);
  y -= 4;
  line(`Mã tham chiếu: ${r.reference}`);
  line(`Mã giao dịch: ${r.gatewayTransactionId}`);
  line(`Trạng thái: ${r.state === 'thanh-cong' ? 'Đã thanh toán' : r.state === 'that-bai' ? 'Không thành công' : 'Chưa thanh toán'}`);
  if (r.paidAt) line(`Thời gian thanh toán: ${r.paidAt}`);
  line(`Người nộp: ${str(info, 'HoTenNguoiNop')} — số giấy tờ ${str(info, 'SoCMNDNguoiNop')}`);
  line(`Hồ sơ: ${str(info, 'MaHoSo')}`);
  line(`Thủ tục: ${str(info, 'MaTTHC')} ${str(info, 'TenTTHC')}`.slice(0, 110));
  line(`Dịch vụ công: ${str(info, 'MaDVC')}`);
  line(`Đơn vị: ${str(info, 'TenDonVi')}`.slice(0, 110));
  const fees = Array.isArray(info.PhiLePhi) ? (info.PhiLePhi as Record<string, unknown>[]) : [];
  for (const l of fees) line(`  ${str(l, 'TenPhiLePhi')}: ${formatVnd(Number(str(l, 'SoTien') || l.SoTien))}`.slice(0, 110));
  line(`Tổng cộng: ${formatVnd(r.amount)}`, 13);
  doc.setTitle(`Biên lai ${r.reference}`);
  doc.setSubject(`MaThamChieu ${r.reference}; MaGiaoDich ${r.gatewayTransactionId}`);
  doc.setKeywords([r.reference, r.gatewayTransactionId, str(info, 'MaHoSo'), str(info, 'MaDVC'), String(r.amount)]);
  doc.setProducer('motcua — cổng thanh toán giả lập');
  return Buffer.from(await doc.save());
}
