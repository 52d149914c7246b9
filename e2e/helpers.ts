/** Shared steps of the end-to-end tests: accessibility scan + screenshot + reflow check, API logins. */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const SCREENSHOTS = '.test-results/screenshots';
export const DEMO_PASSWORD = 'motcua-demo';
export const CITIZEN_ID = '038087012345';

/**
 * axe-core (WCAG 2.0–2.2 A/AA rules) must find no serious or critical violation; the page is saved as a
 * screenshot; and nothing scrolls sideways (reflow, WCAG 1.4.10).
 */
export async function checkPage(
  page: Page,
  name: string,
  opts: { exclude?: string[]; idle?: boolean } = {},
): Promise<void> {
  // a page showing Chromium's own PDF viewer in a frame never goes network-idle: such a check says `idle: false`
  // and excludes the viewer's frame (not the page's markup) from the scan
  if (opts.idle !== false) await page.waitForLoadState('networkidle');
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  for (const selector of opts.exclude ?? []) axe = axe.exclude(selector);
  const result = await axe.analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
  expect(bad, `accessibility violations on ${name}`).toEqual([]);
  const overflow = await page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  expect(overflow, `horizontal scroll on ${name}`).toBeLessThanOrEqual(0);
  await expect(page.locator('h1')).toHaveCount(1);
}

/** Logs in through the API (demo mode) and returns a bearer token. */
export async function demoToken(request: APIRequestContext, body: Record<string, string>): Promise<string> {
  const res = await request.post('/api/v1/auth/demo-login', { data: body });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

/** A dossier received at the counter of the Hạc Thành ward (Thanh Hóa) by the demo one-stop officer; returns its code. */
export async function receiveAtCounter(request: APIRequestContext, procedureCode = '1.001193'): Promise<string> {
  const token = await demoToken(request, { username: 'mc.h56' });
  const res = await request.post('/api/v1/dossiers', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      channel: 'counter',
      procedureCode,
      resolvingAgencyCode: '000.01.31.H56',
      owner: { type: 'citizen', idNumber: CITIZEN_ID, name: 'Lê Văn Thành' },
      components: [{ name: 'Giấy chứng sinh', originals: 1, certifiedCopies: 0, photocopies: 0 }],
    },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { code: string }).code;
}

/** Citizen login through the development e-ID provider's own login page, starting from the portal's login page. */
export async function eidLogin(page: Page, personalId = CITIZEN_ID): Promise<void> {
  await page.goto('/dang-nhap');
  await page.getByRole('link', { name: 'Đăng nhập bằng VNeID (môi trường phát triển)' }).click();
  await page.getByLabel('Số định danh cá nhân hoặc mã số thuế').fill(personalId);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * "Đăng ký khai sinh" (1.001193) with a birth certificate of document type GCS (the warehouse can hold it) and the
 * form to fill in: a new version published by the national operator, unless the version in force already has it.
 */
export async function birthProcedureWithGcs(request: APIRequestContext): Promise<void> {
  const cur = (await (await request.get('/api/v1/procedures/1.001193')).json()) as {
    cases: { components: { documentTypeCode?: string | null }[] }[];
  };
  if (cur.cases.some((c) => c.components.some((x) => x.documentTypeCode === 'GCS'))) return;
  const t = await demoToken(request, { username: 'vh.national' });
  const draft = await request.post('/api/v1/procedures/1.001193/versions', { headers: auth(t) });
  expect(draft.status()).toBe(201);
  const id = ((await draft.json()) as { id: string }).id;
  const cases = [
    {
      name: 'Trường hợp chung',
      components: [
        { name: 'Giấy chứng sinh', documentTypeCode: 'GCS', originals: 1, copies: 0 },
        { name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0 },
      ],
    },
  ];
  // the shipped 1.001193 has no fee (a birth registration on time is free); this version adds the 8,000 đ fee of the
  // extract's copy so that journey J1 has a fee to pay
  const fees = [{ code: 'LP01', amount: 8000, description: 'Lệ phí cấp bản sao trích lục' }];
  expect(
    (
      await request.patch(`/api/v1/procedures/1.001193/versions/${id}`, { headers: auth(t), data: { cases, fees } })
    ).status(),
  ).toBe(200);
  expect(
    (await request.post(`/api/v1/procedures/1.001193/versions/${id}/publish`, { headers: auth(t) })).status(),
  ).toBe(200);
}

/** The newest message id in the development mail catcher (/dev-mail), to wait for messages after it. */
export async function lastDevMessageId(request: APIRequestContext): Promise<number> {
  const res = await request.get('/dev-mail/messages.json?limit=1');
  expect(res.status()).toBe(200);
  return ((await res.json()) as { messages: { id: number }[] }).messages[0]?.id ?? 0;
}

/**
 * The one-time code of a counter consent as the person receives it: the SMS (or e-mail) to `recipient` caught by
 * the development mail catcher after message `after`.
 */
export async function consentCodeFromDevMail(request: APIRequestContext, recipient: string, after: number): Promise<string> {
  let code = '';
  await expect
    .poll(
      async () => {
        const res = await request.get('/dev-mail/messages.json?limit=50');
        const { messages } = (await res.json()) as { messages: { id: number; recipients: string[]; body: string }[] };
        const m = messages.find((x) => x.id > after && x.recipients.includes(recipient) && /Mã xác nhận/.test(x.body));
        code = /Mã xác nhận:? (\d{6})/.exec(m?.body ?? '')?.[1] ?? '';
        return code;
      },
      { timeout: 20_000 },
    )
    .toMatch(/^\d{6}$/);
  return code;
}

/**
 * A counter consent as the counter makes it (API): the officer asks, the code reaches the person's registered phone
 * (read from the development mail catcher), the officer types it in. Returns the consent id.
 */
export async function counterConsentByCode(
  request: APIRequestContext,
  token: string,
  person: { id: string; phone: string },
  purpose: string,
): Promise<string> {
  const after = await lastDevMessageId(request);
  const asked = await request.post('/api/v1/reuse/counter-consents', {
    headers: auth(token),
    data: { owner: { type: 'citizen', idNumber: person.id }, purpose },
  });
  expect(asked.status()).toBe(201);
  const { challengeId } = (await asked.json()) as { challengeId: string };
  const code = await consentCodeFromDevMail(request, person.phone, after);
  const confirmed = await request.post('/api/v1/reuse/counter-consents/confirm', { headers: auth(token), data: { challengeId, code } });
  expect(confirmed.status()).toBe(201);
  return ((await confirmed.json()) as { consentId: string }).consentId;
}

/** The answers of the shipped birth declaration e-form (Tờ khai đăng ký khai sinh) a test fills in. */
export const BIRTH_DECLARATION = {
  childName: 'Lê Minh Khang',
  childBirthDate: ['20', '11', '2026'],
  placeOfBirth: 'Bệnh viện Đa khoa tỉnh Thanh Hóa',
  motherName: 'Đỗ Thị Hạnh',
  motherBirthDate: ['18', '6', '1995'],
  motherResidence: 'Số 5 Lê Lợi, Phường Hạc Thành, tỉnh Thanh Hóa',
} as const;

/** Type a date into the three inputs Ngày / Tháng / Năm of the page. */
async function fillDate(page: Page, [d, m, y]: readonly string[]): Promise<void> {
  await page.getByLabel('Ngày', { exact: true }).fill(d!);
  await page.getByLabel('Tháng', { exact: true }).fill(m!);
  await page.getByLabel('Năm', { exact: true }).fill(y!);
}

/**
 * The wizard's pages of the birth declaration e-form, from its first page to the papers (the father left out, the
 * declarant the father). `check` runs the accessibility check on the first page.
 */
export async function fillBirthDeclaration(page: Page, check?: (name: string) => Promise<void>): Promise<void> {
  const next = () => page.getByRole('button', { name: 'Tiếp tục' }).click();
  const a = BIRTH_DECLARATION;
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin người được khai sinh' })).toBeVisible();
  await page.getByLabel('Họ, chữ đệm, tên người được khai sinh').fill(a.childName);
  await fillDate(page, a.childBirthDate);
  await page.getByRole('radio', { name: 'Nam', exact: true }).check();
  await page.getByLabel('Dân tộc', { exact: true }).fill('Kinh');
  await page.getByLabel('Quốc tịch', { exact: true }).fill('Việt Nam');
  if (check) await check('eform-child');
  await next();
  await expect(page.getByRole('heading', { level: 1, name: 'Nơi sinh và quê quán' })).toBeVisible();
  await page.getByLabel('Nơi sinh', { exact: true }).fill(a.placeOfBirth);
  await next();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin người mẹ' })).toBeVisible();
  await page.getByLabel('Họ, chữ đệm, tên người mẹ').fill(a.motherName);
  await fillDate(page, a.motherBirthDate);
  await page.getByLabel('Nơi cư trú người mẹ').fill(a.motherResidence);
  await next();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin người cha' })).toBeVisible();
  await next();
  await expect(page.getByRole('heading', { level: 1, name: 'Người đi khai sinh' })).toBeVisible();
  await page.getByRole('radio', { name: 'Cha', exact: true }).check();
  await next();
}
