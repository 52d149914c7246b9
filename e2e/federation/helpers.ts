/**
 * Steps shared by the federation journeys (playwright.config.ts, project `federation`): the node addresses of the
 * demo federation (src/demo/federation.ts: the portal on E2E_FED_PORT, H56, H49 and G15 on the next ports), calls
 * to a node's API with a bearer token (Node's fetch: no cookie jar shared between nodes), and the officer login in
 * the browser on a given node.
 *
 * The nodes share the host 127.0.0.1 and cookies do not tell ports apart: each actor of a journey has a browser
 * context of its own, which only visits its node.
 */
import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../helpers.ts';

const port = Number(process.env.E2E_FED_PORT ?? 3481);
const at = (i: number) => `http://127.0.0.1:${port + i}`;
export const PORTAL = at(0);
export const H56 = at(1);
export const H49 = at(2);
export const G15 = at(3);

/** Waits until the four nodes answer /healthz (Playwright waits for the portal only). */
export async function nodesUp(): Promise<void> {
  for (const url of [PORTAL, H56, H49, G15]) {
    await expect
      .poll(async () => (await fetch(`${url}/healthz`).catch(() => undefined))?.status, {
        message: `${url}/healthz`,
        timeout: 60_000,
      })
      .toBe(200);
  }
}

/** Demo-mode login on a node (an officer by username or a person by personal ID); returns a bearer token. */
export async function nodeToken(
  node: string,
  who: { username: string } | { personalId: string },
): Promise<string> {
  const r = await fetch(`${node}/api/v1/auth/demo-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(who),
  });
  expect(r.status, await r.clone().text()).toBe(200);
  return ((await r.json()) as { token: string }).token;
}

/** One call to a node's API with a bearer token; the JSON answer (or undefined) and the status. */
export async function call<T = Record<string, unknown>>(
  node: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; text: string; json: T }> {
  const r = await fetch(`${node}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await r.text();
  return { status: r.status, text, json: (text ? JSON.parse(text) : undefined) as T };
}

/** The officer login form on `node`, reached by opening `path` there (the login sends the officer back to it). */
export async function officerLoginAt(
  page: Page,
  node: string,
  username: string,
  path: string,
): Promise<void> {
  await page.goto(`${node}${path}`);
  await expect(page).toHaveURL(/\/can-bo\/dang-nhap\?tiep=/);
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(`${node}${path}`);
  await expect(page.getByText(`(${username})`)).toBeVisible();
}

/** A citizen's login on the national portal through the e-ID stand-in (demo person, demo password). */
export async function portalLogin(page: Page, personalId: string): Promise<void> {
  await page.goto(`${PORTAL}/dang-nhap`);
  await page.getByRole('link', { name: 'Đăng nhập bằng VNeID (môi trường phát triển)' }).click();
  await page.getByLabel('Số định danh cá nhân hoặc mã số thuế').fill(personalId);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(`${PORTAL}/ho-so-cua-toi`);
}

/** Switches an officer's browser session on `node` to another demo officer of that node (demo login), then reloads. */
export async function switchOfficerAt(page: Page, node: string, username: string): Promise<void> {
  const r = await page.request.post(`${node}/api/v1/auth/demo-login`, { data: { username } });
  expect(r.status(), await r.text()).toBe(200);
  await page.reload();
  await expect(page.getByText(`(${username})`)).toBeVisible();
}
