/**
 * End-to-end tests (e2e/*.spec.ts): Debian's /usr/bin/chromium (never downloaded by Playwright) against the REAL
 * server in demo mode on a fresh embedded PostgreSQL (scripts/e2e-server.mjs), which builds the web app if needed.
 * Ports: E2E_PORT (default 3471) and E2E_PG_PORT (default 55471).
 * Two projects: `chromium` (e2e/*.spec.ts) against that ROLE=all server, and `federation` (e2e/federation/) against
 * the demo federation (`node scripts/e2e-server.mjs --federation`: the portal on E2E_FED_PORT, default 3481, and the
 * local systems H56, H49, G15 on the next three ports; its PostgreSQL on E2E_FED_PG_PORT, default 55481).
 * `npx playwright test --project <name>` starts only the server that project needs.
 */
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3471);
const pgPort = Number(process.env.E2E_PG_PORT ?? 55471);
const baseURL = `http://127.0.0.1:${port}`;
const fedPort = Number(process.env.E2E_FED_PORT ?? 3481);
const fedPgPort = Number(process.env.E2E_FED_PG_PORT ?? 55481);
const fedURL = `http://127.0.0.1:${fedPort}`;

/** The projects named on the command line (`--project x`, `--project=x`); empty when all run. */
function selectedProjects(argv: string[]): string[] {
  return argv.flatMap((a, i) =>
    a === '--project' && argv[i + 1]
      ? [argv[i + 1]!]
      : a.startsWith('--project=')
        ? [a.slice('--project='.length)]
        : [],
  );
}
const selected = selectedProjects(process.argv);
const runs = (name: string) => selected.length === 0 || selected.includes(name);

const serverDefaults = {
  timeout: 240_000,
  reuseExistingServer: false,
  // SIGTERM lets the server stop its embedded PostgreSQL and the wrapper delete the temporary DATA_DIR.
  gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  stdout: 'pipe',
  stderr: 'pipe',
} as const;

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
  projects: [
    { name: 'chromium', testIgnore: 'federation/**', use: { browserName: 'chromium' } },
    { name: 'federation', testDir: 'e2e/federation', use: { browserName: 'chromium', baseURL: fedURL } },
  ],
  webServer: [
    ...(runs('chromium')
      ? [
          {
            ...serverDefaults,
            command: 'node scripts/e2e-server.mjs',
            url: `${baseURL}/healthz`,
            env: {
              PORT: String(port),
              HOST: '127.0.0.1',
              EMBEDDED_PG_PORT: String(pgPort),
              PUBLIC_URL: baseURL,
            },
          },
        ]
      : []),
    ...(runs('federation')
      ? [
          {
            ...serverDefaults,
            command: 'node scripts/e2e-server.mjs --federation',
            // the portal listens first; the specs wait for the local systems (e2e/federation/helpers.ts)
            url: `${fedURL}/healthz`,
            // federation.ts gives each node its own PUBLIC_URL (HOST and its port); PUBLIC_URL here is the portal's
            env: {
              PORT: String(fedPort),
              HOST: '127.0.0.1',
              EMBEDDED_PG_PORT: String(fedPgPort),
              PUBLIC_URL: fedURL,
              SYNC_POLL_MS: '100',
            },
          },
        ]
      : []),
  ],
});
