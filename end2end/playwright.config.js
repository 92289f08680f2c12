// Browser tests for Catalyst Academy. The server is started by the caller (see .ci/run or the
// README in this folder) with demo data; these tests only talk to it over HTTP.
//
// Environment:
//   BASE_URL          where the server listens (default http://127.0.0.1:3100)
//   ACADEMY_MAIL_DIR  where the server writes outgoing mail as .eml files
//
// Only Debian's Chromium can run here (no browser downloads), hence executablePath.
const { defineConfig } = require('@playwright/test');

const baseURL = process.env.BASE_URL || 'http://127.0.0.1:3100';

module.exports = defineConfig({
  testDir: 'tests',
  workers: 1,
  retries: 0,
  fullyParallel: false,
  reporter: 'list',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    locale: 'en-US',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
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
  projects: [
    { name: 'js', use: { javaScriptEnabled: true } },
    { name: 'nojs', use: { javaScriptEnabled: false } },
  ],
});
