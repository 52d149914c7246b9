/**
 * End-to-end tests (e2e/*.spec.ts): Debian's /usr/bin/chromium (never downloaded by Playwright) against the REAL
 * server in demo mode on a fresh embedded PostgreSQL (scripts/e2e-server.mjs), which builds the web app if needed.
 * Ports: E2E_PORT (default 3471) and E2E_PG_PORT (default 55471).
 */
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3471);
const pgPort = Number(process.env.E2E_PG_PORT ?? 55471);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: '.test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `${baseURL}/healthz`,
    timeout: 240_000,
    reuseExistingServer: false,
    // SIGTERM lets the server stop its embedded PostgreSQL and the wrapper delete the temporary DATA_DIR.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    stdout: 'pipe',
    stderr: 'pipe',
    env: { PORT: String(port), HOST: '127.0.0.1', EMBEDDED_PG_PORT: String(pgPort), PUBLIC_URL: baseURL },
  },
});
