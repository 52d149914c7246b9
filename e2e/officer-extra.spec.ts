/**
 * The officer workspace's finer moves, in the browser:
 * - forward to a named officer (the assignee list of the step's role and agency) and the leader's approval;
 *   then a result issued, and replaced from the results panel ("Thay thế": reason, pre-filled fields, the old
 *   result marked replaced and linked to the new one);
 *   the one-stop officer then takes the fee in cash ("Thu tiền mặt", with the receipt number);
 * - at 360 px: the counter finds a known person by personal ID and fills the form; a supplement request for a paper the warehouse already holds is refused by the server (once-only);
 *   the dialog names the warehouse document and lets the officer ask for it only as a verification, with a reason.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import sharp from 'sharp';
import { auth, birthProcedureWithGcs, checkPage, CITIZEN_ID, counterConsentByCode, demoToken } from './helpers.ts';
import { act, officerLogin, switchOfficer } from './officer-helpers.ts';

async function version(request: APIRequestContext, token: string, id: string): Promise<number> {
  return (
    (await (await request.get(`/api/v1/dossiers/${id}`, { headers: auth(token) })).json()) as {
      version: number;
    }
  ).version;
}

/** A dossier of "Cấp bản sao Trích lục hộ tịch" at the Sở Tư pháp, received and started by the specialist. */
async function startedDossier(request: APIRequestContext): Promise<{ id: string; code: string }> {
  const mc = await demoToken(request, { username: 'mc.h56' });
  const proc = (await (await request.get('/api/v1/procedures/2.000635')).json()) as {
    cases: { components: { name: string }[] }[];
  };
  const res = await request.post('/api/v1/dossiers', {
    headers: auth(mc),
    data: {
      channel: 'counter',
      procedureCode: '2.000635',
      resolvingAgencyCode: '000.00.06.H56',
      owner: { type: 'citizen', idNumber: CITIZEN_ID, name: 'Lê Văn Thành' },
      components: [
        {
          name: proc.cases[0]!.components[0]!.name.slice(0, 300),
          originals: 1,
          certifiedCopies: 0,
          photocopies: 0,
        },
      ],
    },
  });
  expect(res.status()).toBe(201);
  const d = (await res.json()) as { id: string; code: string; version: number };
  const cv = await demoToken(request, { username: 'cv.h56' });
  const start = await request.post(`/api/v1/dossiers/${d.id}/actions`, {
    headers: auth(cv),
    data: { action: 'start', expectedVersion: d.version },
  });
  expect(start.status()).toBe(200);
  return d;
}

test('forward to a named leader; a result issued, then replaced with the link between the two', async ({
  page,
  request,
}) => {
  const d = await startedDossier(request);
  await officerLogin(page, 'cv.h56', `/can-bo/ho-so/${d.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Hồ sơ ${d.code}` })).toBeVisible();

  // The forward dialog: the next step and, optionally, who takes it (the leaders of the step's agency).
  await page.getByRole('button', { name: 'Chuyển xử lý', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Chuyển xử lý' });
  await expect(dialog.getByLabel('Chuyển đến bước')).toHaveValue('approval');
  const assignee = dialog.getByLabel(/Người nhận xử lý/);
  await expect(
    assignee.getByRole('option', { name: /Trịnh Đình Long — Sở Tư pháp tỉnh Thanh Hóa/ }),
  ).toHaveCount(1);
  await assignee.selectOption({ label: 'Trịnh Đình Long — Sở Tư pháp tỉnh Thanh Hóa' });
  await dialog.getByLabel(/Ý kiến chuyển xử lý/).fill('Đề nghị anh Long phê duyệt.');
  await checkPage(page, 'officer-forward-assignee');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã thực hiện: Chuyển xử lý')).toBeVisible();
  const control = page.getByRole('table', { name: 'Các lần giao, nhận hồ sơ giữa các bước' });
  await expect(control).toContainText('Trịnh Đình Long');

  // The named leader approves; the result is issued (through the API: the issue dialog has its own spec).
  await switchOfficer(page, 'ld.h56');
  await act(page, 'Lãnh đạo phê duyệt');
  const cv = await demoToken(request, { username: 'cv.h56' });
  const issued = await request.post(`/api/v1/dossiers/${d.id}/results`, {
    headers: auth(cv),
    data: {
      expectedVersion: await version(request, cv, d.id),
      resultTypeCode: 'KQ.G15.000635',
      resultTypeName: 'Bản sao Trích lục hộ tịch',
      numberSymbol: '101/BS-STP',
      abstract: 'Bản sao Trích lục khai sinh của Lê Văn Thành',
      signerName: 'Trịnh Đình Long',
      signerPosition: ['GIÁM ĐỐC'],
      issueDate: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10),
      content: ['Cấp bản sao Trích lục khai sinh.'],
      permanent: true,
    },
  });
  expect(issued.status()).toBe(201);

  // "Thay thế": the old result's fields (signer's position too) pre-filled, a reason required, the text typed again.
  await switchOfficer(page, 'cv.h56');
  const rows = page.getByTestId('result-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('result-status')).toHaveText('Còn hiệu lực');
  await rows.first().getByRole('button', { name: 'Thay thế' }).click();
  const replace = page.getByRole('dialog', { name: 'Thay thế' });
  await expect(replace.getByLabel('Số, ký hiệu')).toHaveValue('101/BS-STP');
  await expect(replace.getByLabel('Trích yếu')).toHaveValue('Bản sao Trích lục khai sinh của Lê Văn Thành');
  await expect(replace.getByRole('textbox', { name: /Chức vụ người ký/ })).toHaveValue('GIÁM ĐỐC');
  await replace.getByRole('button', { name: 'Ký số và ban hành kết quả thay thế' }).click();
  await expect(replace.getByRole('alert')).toContainText('Lý do thay thế');
  await replace.getByRole('textbox', { name: 'Lý do thay thế' }).fill('Sai ngày sinh trong bản sao đã cấp.');
  await replace.getByRole('textbox', { name: 'Số, ký hiệu' }).fill('102/BS-STP');
  await replace
    .getByRole('textbox', { name: 'Nội dung văn bản' })
    .fill('Cấp lại bản sao Trích lục khai sinh, đã sửa ngày sinh.');
  await checkPage(page, 'officer-result-replace-dialog');
  await replace.getByRole('button', { name: 'Ký số và ban hành kết quả thay thế' }).click();
  await expect(page.getByText('Đã ban hành kết quả thay thế')).toBeVisible();
  await expect(rows).toHaveCount(2);
  const old = rows.filter({ hasText: '101/BS-STP' }).filter({ has: page.getByTestId('result-replaced-by') });
  await expect(old.getByTestId('result-status')).toHaveText('Đã được thay thế');
  await expect(old.getByTestId('result-replaced-by')).toContainText(
    'Được thay thế bởi kết quả số 102/BS-STP',
  );
  const fresh = rows.filter({ has: page.getByTestId('result-replaces') });
  await expect(fresh.getByTestId('result-status')).toHaveText('Còn hiệu lực');
  await expect(fresh.getByTestId('result-replaces')).toContainText('Thay thế cho kết quả số 101/BS-STP');
  await expect(old.getByRole('button', { name: 'Thay thế' })).toHaveCount(0);
  await checkPage(page, 'officer-result-replaced');

  // The one-stop officer takes the fee in cash at the counter, with the receipt number.
  await switchOfficer(page, 'mc.h56');
  const fees = page.getByRole('region', { name: 'Phí, lệ phí' });
  await expect(fees).toContainText('Chưa nộp — 8.000');
  await page.getByRole('button', { name: 'Thu tiền mặt' }).click();
  const cash = page.getByRole('dialog', { name: 'Thu phí, lệ phí bằng tiền mặt' });
  await cash.getByRole('button', { name: 'Thu tiền mặt' }).click();
  await expect(cash.getByRole('alert')).toContainText('Nhập số biên lai hợp lệ');
  await cash.getByRole('textbox', { name: 'Số biên lai' }).fill('BL-2026/000123');
  await checkPage(page, 'officer-cash-dialog');
  await cash.getByRole('button', { name: 'Thu tiền mặt' }).click();
  await expect(page.getByText('Đã ghi nhận thu tiền mặt')).toBeVisible();
  await expect(fees).toContainText('Đã nộp đủ — 8.000');
  await expect(fees).toContainText('BL-2026/000123');
  await expect(page.getByRole('button', { name: 'Thu tiền mặt' })).toHaveCount(0);
});

/** Đỗ Thị Hạnh (Thanh Hóa, 1995; a demo person, e-ID phone 0900000007): her warehouse is hers alone in these tests. */
const PERSON = { id: '038195006789', name: 'Đỗ Thị Hạnh', phone: '0900000007' };

async function receiveBirth(
  request: APIRequestContext,
  token: string,
  component: string,
): Promise<{ id: string; code: string }> {
  const res = await request.post('/api/v1/dossiers', {
    headers: auth(token),
    data: {
      channel: 'counter',
      procedureCode: '1.001193',
      resolvingAgencyCode: '000.01.31.H56',
      owner: { type: 'citizen', idNumber: PERSON.id, name: PERSON.name },
      components: [{ name: component, originals: 1, certifiedCopies: 0, photocopies: 0 }],
    },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as { id: string; code: string };
}

/** Her birth certificate digitised at an earlier reception, and in her warehouse (delivered through the outbox). */
async function certificateInWarehouse(request: APIRequestContext, mc: string): Promise<void> {
  const first = await receiveBirth(request, mc, 'Giấy chứng sinh');
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="620" height="877"><rect width="100%" height="100%" fill="white"/><text x="40" y="80" font-size="28">GIAY CHUNG SINH 456/GCS</text></svg>';
  const scan = await request.post(`/api/v1/dossiers/${first.id}/components/1/scans`, {
    headers: { ...auth(mc), 'content-type': 'image/png', 'x-file-name': 'giay-chung-sinh.png' },
    data: await sharp(Buffer.from(svg)).png().toBuffer(),
  });
  expect(scan.status()).toBe(201);
  const dig = await request.post(`/api/v1/dossiers/${first.id}/components/1/digitise`, {
    headers: auth(mc),
    data: {
      documentTypeCode: 'GCS',
      number: '456/GCS',
      abstract: 'Giấy chứng sinh của trẻ Đỗ Minh An',
      issuer: 'Bệnh viện Đa khoa tỉnh Thanh Hóa',
      issuedOn: '2025-04-02',
    },
  });
  expect(dig.status()).toBe(201);
  // her consent at the counter: the code sent to her registered phone (read from the development mail catcher)
  const consentId = await counterConsentByCode(request, mc, { id: PERSON.id, phone: PERSON.phone }, 'e2e: chờ bản số hóa');
  await expect
    .poll(
      async () =>
        (
          (await (
            await request.get(`/api/v1/reuse/counter-consents/${consentId}/documents`, { headers: auth(mc) })
          ).json()) as { items: unknown[] }
        ).items.length,
    )
    .toBeGreaterThan(0);
}

test('at 360 px: a supplement for a paper the warehouse holds is refused; asked again only as a verification', async ({
  page,
  request,
}) => {
  await birthProcedureWithGcs(request);
  const mc = await demoToken(request, { username: 'mc.h56' });
  await certificateInWarehouse(request, mc);
  const d = await receiveBirth(request, mc, 'Tờ khai đăng ký khai sinh');

  await page.setViewportSize({ width: 360, height: 780 });
  // At the counter, her personal ID finds her from her earlier dossiers: the empty fields are filled in.
  await officerLogin(page, 'mc.h56', '/can-bo/tiep-nhan');
  await page.getByLabel('Số định danh cá nhân').fill(PERSON.id);
  await expect(page.getByTestId('person-lookup')).toContainText('Đã có thông tin người này từ hồ sơ trước');
  await expect(page.getByLabel('Họ và tên')).toHaveValue(PERSON.name);
  await checkPage(page, 'mobile-officer-reception-known-person');

  await page.goto(`/can-bo/ho-so/${d.id}`);
  await page.getByRole('button', { name: 'Yêu cầu bổ sung giấy tờ', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Yêu cầu bổ sung giấy tờ' });
  await dialog.getByRole('checkbox', { name: 'Tờ khai đăng ký khai sinh' }).check();
  await dialog
    .getByLabel('Lý do bổ sung: Tờ khai đăng ký khai sinh')
    .fill('Thiếu chữ ký của người đi đăng ký');
  await dialog.getByRole('button', { name: 'Thêm giấy tờ khác' }).click();
  await dialog.getByLabel('Giấy tờ khác 1').fill('Giấy chứng sinh');
  await dialog.getByLabel('Lý do bổ sung giấy tờ 1').fill('Bản chụp mờ');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();

  // The server refuses (409 component-covered-by-warehouse): the item names the warehouse document.
  await expect(dialog.getByRole('alert').first()).toContainText('đã có trong kho dữ liệu điện tử');
  const covered = dialog.getByTestId('covered-t0');
  await expect(covered).toContainText('“Giấy chứng sinh” đã có trong Kho dữ liệu điện tử');
  await expect(covered).toContainText('Giấy tờ số 456/GCS do Bệnh viện Đa khoa tỉnh Thanh Hóa cấp');
  await checkPage(page, 'mobile-officer-supplement-covered');
  // Sending it again unchanged is stopped here; as a verification it needs its reason.
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(dialog.getByRole('alert').first()).toContainText(
    'bỏ khỏi phiếu hoặc đánh dấu yêu cầu để xác minh',
  );
  await covered.getByRole('checkbox', { name: 'Yêu cầu để xác minh' }).check();
  await covered
    .getByLabel('Lý do xác minh: Giấy chứng sinh')
    .fill('Nghi ngờ sai ngày sinh trên bản số hóa, cần đối chiếu bản gốc');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã thực hiện: Yêu cầu bổ sung giấy tờ')).toBeVisible();
  await expect(page.getByText('Cần bổ sung giấy tờ').first()).toBeVisible();
  await checkPage(page, 'mobile-officer-supplement-verification');
});
