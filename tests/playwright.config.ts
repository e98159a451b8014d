import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Browsers cannot be downloaded on our build machines, so use Debian's Chromium where it exists;
// elsewhere Playwright's own browser is used.
const systemChromium = '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
const port = Number(process.env.TEST_PORT ?? 4400);

export default defineConfig({
  testDir: './browser',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // axe on the longest pages takes a while on a 2-core machine under load.
  timeout: 90_000,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    // The site's service worker (src/offline/) would precache the whole site in the background of
    // every test and serve later pages from its cache; only tests/browser/offline.spec.ts allows it.
    serviceWorkers: 'block',
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // Serves the built site in dist/ (npm test builds it first).
    command: `astro preview --host 127.0.0.1 --port ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
