// Page weight: a page without an island costs no JavaScript at all, and the wasm bundle is
// fetched only by pages with an island, and only when the browser runs JavaScript.
// Bytes are what went over the wire (headers + encoded bodies), as recorded by Chromium.
const { test, expect } = require('@playwright/test');

// Generous ceilings for what a page without wasm may cost (HTML + CSS + favicon). They are
// here to catch a script or a bundle sneaking in, not to police every byte.
const BUDGET_NO_WASM = 60 * 1024;

const isWasm = (u) => new URL(u).pathname.endsWith('.wasm');
const isIslandLoader = (u) => new URL(u).pathname === '/islands.js';
const isScript = (u) => /\.m?js$/.test(new URL(u).pathname);

/** Records every request of the page, and the bytes of each finished one. */
function record(page) {
  const urls = [];
  const sizes = [];
  page.on('request', (req) => urls.push(req.url()));
  page.on('requestfinished', (req) => {
    sizes.push(
      req.sizes().then(
        (s) => ({ url: req.url(), bytes: s.responseHeadersSize + s.responseBodySize }),
        () => ({ url: req.url(), bytes: 0 }),
      ),
    );
  });
  return {
    urls,
    async total() {
      const all = await Promise.all(sizes);
      return { bytes: all.reduce((n, s) => n + Math.max(0, s.bytes), 0), each: all };
    },
  };
}

function describe(each) {
  return each.map((s) => `  ${String(s.bytes).padStart(8)}  ${new URL(s.url).pathname}`).join('\n');
}

test('the home page (no island) loads no JavaScript and no wasm', async ({ page }, testInfo) => {
  const rec = record(page);
  const res = await page.goto('/');
  expect(res.status()).toBe(200);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('leptos-island')).toHaveCount(0);

  const { bytes, each } = await rec.total();
  console.log(`[${testInfo.project.name}] / transferred ${bytes} bytes in ${each.length} requests:\n${describe(each)}`);
  testInfo.annotations.push({ type: 'bytes /', description: String(bytes) });

  expect(rec.urls.filter(isWasm), 'wasm requests on /').toEqual([]);
  expect(rec.urls.filter(isIslandLoader), '/islands.js requests on /').toEqual([]);
  expect(rec.urls.filter(isScript), 'script requests on /').toEqual([]);
  expect(bytes).toBeLessThan(BUDGET_NO_WASM);
});

test('the sign-in page (an island) fetches the wasm only when JavaScript is on', async ({ page }, testInfo) => {
  const js = testInfo.project.name === 'js';
  const rec = record(page);
  const res = await page.goto('/login');
  expect(res.status()).toBe(200);
  await expect(page.locator('leptos-island').first()).toBeAttached();
  if (js) {
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  }
  await page.waitForLoadState('networkidle');

  const { bytes, each } = await rec.total();
  console.log(`[${testInfo.project.name}] /login transferred ${bytes} bytes in ${each.length} requests:\n${describe(each)}`);
  testInfo.annotations.push({ type: 'bytes /login', description: String(bytes) });

  if (js) {
    expect(rec.urls.filter(isIslandLoader).length, '/islands.js is loaded').toBeGreaterThan(0);
    expect(rec.urls.filter(isWasm).length, 'the wasm is loaded').toBeGreaterThan(0);
    // One loader and one bundle, however many islands the page has.
    expect(rec.urls.filter(isWasm).length).toBe(1);
  } else {
    expect(rec.urls.filter(isWasm), 'no wasm without JavaScript').toEqual([]);
    expect(rec.urls.filter(isScript), 'no script without JavaScript').toEqual([]);
    expect(bytes).toBeLessThan(BUDGET_NO_WASM);
  }
});

test('the partnership page transfers under 50 KB and loads no script', async ({ page }, testInfo) => {
  const rec = record(page);
  const res = await page.goto('/partners');
  expect(res.status()).toBe(200);
  await page.waitForLoadState('networkidle');
  const { bytes, each } = await rec.total();
  console.log(`[${testInfo.project.name}] /partners transferred ${bytes} bytes in ${each.length} requests:\n${describe(each)}`);
  testInfo.annotations.push({ type: 'bytes /partners', description: String(bytes) });
  expect(rec.urls.filter(isScript), 'script requests on /partners').toEqual([]);
  expect(bytes).toBeLessThan(50 * 1024);
});
