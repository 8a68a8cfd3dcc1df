import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Browser tests against the built site served by `astro preview`, in the system Chromium
// (browser downloads are not possible on our machines). Set CHROMIUM_PATH to use another binary.
const PORT = Number(process.env.E2E_PORT ?? 4517);
// Chromium's headless shell when installed (Debian: chromium-headless-shell): the same engine without the
// browser's UI processes, which halves the suite's CPU time on two cores; else the full browser.
const CHROMIUM =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path)) ??
  '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  // The tests only read a static site: they run in parallel on two workers.
  fullyParallel: true,
  workers: 2,
  globalSetup: './tests/e2e/global-setup.ts',
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
