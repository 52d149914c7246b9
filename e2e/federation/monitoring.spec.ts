/**
 * Federation journey M (issue 17, Done when) — the public service index on the portal: a dossier received at
 * Quảng Ninh's counter syncs to the portal; anyone opens the ranking of provinces and ministries (sortable), drills
 * down to Quảng Ninh's page with its groups and indicators (reverse-engineered ones marked), then to the dossiers of
 * an indicator, and downloads the system's table as XLSX, which the test opens (exceljs) and checks against the API.
 * axe on each screen.
 */
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { checkPage } from '../helpers.ts';
import { call, H49, nodesUp, nodeToken, officerLoginAt, PORTAL } from './helpers.ts';

test.beforeAll(nodesUp);

interface SystemIndex {
  period: string;
  system: { code: string; name: string };
  points: number;
  groups: { key: string; name: string; indicators: { key: string; name: string; numerator: number; denominator: number; source: string }[] }[];
}

const vnNow = new Date(Date.now() + 7 * 3_600_000);
const QUARTER = `${vnNow.getUTCFullYear()}-Q${Math.ceil((vnNow.getUTCMonth() + 1) / 3)}`;

test('M: the public index ranks the systems, drills down to one and its dossiers, and exports its table as XLSX', async ({ page }) => {
  // a dossier received at Quảng Ninh's counter today (the shipped catalogue), synced to the portal
  const mc = await nodeToken(H49, { username: 'mc.h49' });
  const d = await call<{ code: string }>(H49, mc, 'POST', '/api/v1/dossiers', {
    procedureCode: '2.000635',
    resolvingAgencyCode: '000.01.31.H49',
    channel: 'counter',
    owner: { type: 'citizen', idNumber: '038087012345', name: 'Nguyễn Văn An' },
    components: [{ name: 'Tờ khai yêu cầu cấp bản sao trích lục hộ tịch', originals: 1, certifiedCopies: 0, photocopies: 0 }],
  });
  expect(d.status, d.text).toBe(201);
  const api = `${PORTAL}/api/v1/national/index/systems/H49?period=${QUARTER}`;
  await expect
    .poll(async () => {
      const r = (await (await fetch(api)).json()) as SystemIndex;
      return r.groups.find((g) => g.key === 'progress')?.indicators[0]?.denominator ?? 0;
    }, { message: 'the dossier reaches the portal', timeout: 30_000 })
    .toBeGreaterThan(0);

  // the ranking
  await page.goto(`${PORTAL}/`);
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Chỉ số phục vụ' }).click();
  await expect(page).toHaveURL(`${PORTAL}/chi-so-phuc-vu`);
  await expect(page.getByRole('heading', { level: 1, name: 'Chỉ số phục vụ người dân, doanh nghiệp' })).toBeVisible();
  const ranking = page.getByTestId('ranking');
  for (const code of ['H56', 'H49', 'G15']) await expect(ranking.getByTestId(`rank-${code}`)).toBeVisible();
  await checkPage(page, 'fed-index-ranking');
  // sortable: by name, A to Z (Bộ Tư pháp first), then back by points
  await page.getByRole('button', { name: 'Sắp xếp theo Tỉnh, thành phố / Bộ, ngành' }).click();
  await expect(ranking.locator('thead th').nth(1)).toHaveAttribute('aria-sort', 'ascending');
  const names = await ranking.locator('tbody tr td:nth-child(2)').allInnerTexts();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
  await page.getByRole('combobox', { name: 'Nhóm' }).selectOption('ministry');
  await expect(ranking.locator('tbody tr')).toHaveCount(1);
  await expect(ranking.getByTestId('rank-G15')).toBeVisible();
  await page.getByRole('combobox', { name: 'Nhóm' }).selectOption('');

  // Quảng Ninh's page
  await ranking.getByTestId('rank-H49').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/chi-so-phuc-vu/H49\\?ky=${QUARTER}$`));
  const json = (await (await fetch(api)).json()) as SystemIndex;
  await expect(page.getByRole('heading', { level: 1, name: json.system.name })).toBeVisible();
  for (const g of json.groups) await expect(page.getByTestId(`group-${g.key}`)).toBeVisible();
  await expect(page.getByTestId('reverse-note')).toBeVisible();
  await expect(page.getByTestId('indicator-on-time').getByText('Suy luận ngược')).toBeVisible();
  await checkPage(page, 'fed-index-system');

  // the system's table as XLSX, opened and checked against the API
  const download = page.waitForEvent('download');
  await page.getByTestId('system-export-xlsx').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`chi-so-H49-${QUARTER}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
  expect(String(rows[0]![0])).toContain(json.system.name);
  const header = rows.findIndex((r) => r[0] === 'Nhóm chỉ số');
  expect(rows[header]).toEqual(['Nhóm chỉ số', 'Mã chỉ tiêu', 'Chỉ tiêu', 'Nguồn công thức', 'Tử số', 'Mẫu số', 'Tỉ lệ (%)', 'Điểm', 'Tối đa']);
  const indicators = json.groups.flatMap((g) => g.indicators.map((i) => [g.name, i.key, i.name, i.numerator, i.denominator]));
  expect(rows.slice(header + 1).map((r) => [r[0], r[1], r[2], r[4], r[5]])).toEqual(indicators);

  // the dossiers behind the on-time indicator: today's dossier is among them
  await page.getByTestId('indicator-on-time').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/chi-so-phuc-vu/H49/chi-tieu/on-time\\?ky=${QUARTER}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hồ sơ của chỉ tiêu');
  await expect(page.getByRole('cell', { name: d.json.code })).toBeVisible();
  await checkPage(page, 'fed-index-dossiers');
});

test("M2: Quảng Ninh's officer reads the monitoring page (late and at-risk lists, charts, the system's index) and the II.06a report", async ({ page }) => {
  await officerLoginAt(page, H49, 'mc.h49', '/can-bo/giam-sat');
  await expect(page.getByRole('heading', { level: 1, name: 'Giám sát giải quyết hồ sơ' })).toBeVisible();
  await expect(page.getByTestId('late-list')).toBeVisible();
  await expect(page.getByTestId('at-risk-list')).toBeVisible();
  await expect(page.getByTestId('group-progress')).toBeVisible();
  await checkPage(page, 'fed-officer-monitoring');
  // the indicator's dossiers on the system itself
  await page.getByTestId('indicator-on-time').getByRole('link').click();
  await expect(page).toHaveURL(/\/can-bo\/giam-sat\/chi-tieu\/on-time\?/);
  await expect(page.getByTestId('dossier-total')).toBeVisible();
  await checkPage(page, 'fed-officer-indicator-dossiers');
  // the II.06a report of the month: today's dossier received directly
  await page.getByRole('navigation', { name: 'Điều hướng nghiệp vụ' }).getByRole('link', { name: 'Báo cáo II.06a' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Biểu số II.06a');
  await expect(page.getByTestId('ii06a-total')).toBeVisible();
  await checkPage(page, 'fed-officer-ii06a');
  const download = page.waitForEvent('download');
  await page.getByTestId('ii06a-export-xlsx').click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await (await download).path());
  const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
  const total = rows.at(-1)!;
  expect(total[0]).toBe('Tổng số');
  expect(Number(total[3])).toBeGreaterThanOrEqual(1); // received directly this month
});
