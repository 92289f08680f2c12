// Hub provisioning in the browser, against the real local JupyterHub that scripts/test.sh
// starts for the demo institution (HUB_URL): the learner's dashboard shows their ready
// account with a link to the hub; an organizer tests the connection, re-checks every account
// and watches the batch finish; a new hub is registered after a clear error for a bad
// address; a learner cannot open the hub pages.
const { test, expect } = require('@playwright/test');
const { DEMO, signIn } = require('./helpers');

const HUB_URL = process.env.HUB_URL;
const HUB_TOKEN = process.env.HUB_TOKEN;

test.beforeEach(() => {
  if (!HUB_URL || !HUB_TOKEN) throw new Error('HUB_URL and HUB_TOKEN must name the demo JupyterHub (scripts/test.sh sets them)');
});

/** Reloads until `locator` shows `text` (the page is plain HTML; provisioning runs behind it). */
async function reloadUntil(page, locator, text, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await locator.count()) && (await locator.first().innerText()).includes(text)) return;
    if (Date.now() > deadline) break;
    await page.waitForTimeout(500);
    await page.reload();
  }
  await expect(locator.first()).toContainText(text);
}

test('a learner sees their hub account ready, with a link that opens the hub', async ({ page }) => {
  await signIn(page, DEMO.learner);
  await page.goto('/dashboard');
  const card = page.locator('section.hub-card');
  await reloadUntil(page, card, 'is ready');
  await expect(card).toContainText('Your account on Montevideo JupyterHub is ready. Your user name there is lina-learner.');
  const link = card.getByRole('link', { name: 'Open your hub' });
  await expect(link).toHaveAttribute('href', `${HUB_URL}/hub/`);
  // The hub really has that user, in the platform's group.
  const res = await page.request.get(`${HUB_URL}/hub/api/users/lina-learner`, { headers: { Authorization: `token ${HUB_TOKEN}` } });
  expect(res.status()).toBe(200);
  expect((await res.json()).groups).toContain('catalyst-demo');
});

test('an organizer tests the connection and re-checks every account', async ({ page }) => {
  await signIn(page, DEMO.organizer);
  await page.goto('/admin');
  await page.getByRole('link', { name: 'JupyterHubs' }).click();
  await page.getByRole('link', { name: 'Montevideo JupyterHub' }).click();
  await expect(page.locator('h1')).toHaveText('JupyterHub');

  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.locator('.notice').first()).toHaveText('Connection tested. The result is below.');
  await expect(page.locator('#h-connection + .notice, section[aria-labelledby="h-connection"] .notice')).toContainText('Connected to JupyterHub 6.1.1');
  await expect(page.locator('section[aria-labelledby="h-connection"]')).toContainText('jupyterhub.auth.DummyAuthenticator');
  await expect(page.locator('section[aria-labelledby="h-connection"]')).toContainText('allow_existing_users');

  await page.getByRole('button', { name: 'Check every account again' }).click();
  await expect(page.locator('.notice').first()).toHaveText('Provisioning started. This page follows its progress.');
  const batch = page.locator('.batch');
  await reloadUntil(page, batch, '0 to go');
  // Other tests invite people into this institution, so the count varies: every one is done.
  await expect(batch).toContainText(/(\d+) done, 0 failed, 0 to go, of \1\./);
  const members = page.locator('section[aria-labelledby="h-members"]');
  await expect(members).toContainText('lina-learner');
  await expect(members).toContainText('marta-mentora');
  const rows = await members.locator('tbody tr').count();
  expect(rows).toBeGreaterThanOrEqual(2);
  await expect(members.locator('.status.hub-ready')).toHaveCount(rows);
});

test('registering a hub: a bad address gets a clear error, then the hub is registered', async ({ page }) => {
  // Registers a hub for the second demo institution once (one hub per institution).
  test.skip(test.info().project.name !== 'nojs', 'registered once, without JavaScript');
  await signIn(page, DEMO.organizer);
  await page.goto('/admin/hubs');
  const form = page.locator('form[action="/api/create_hub"]');
  await form.locator('#f-institution_id').selectOption({ label: 'Kilimanjaro Bioinformatics Centre' });
  await form.locator('#f-name').fill('Kilimanjaro Hub');
  await form.locator('#f-base_url').fill('ftp://hub.example');
  await form.locator('#f-token').fill(HUB_TOKEN);
  await form.locator('#f-username_scheme').selectOption('github');
  await form.getByRole('button', { name: 'Register the hub' }).click();
  await expect(page.locator('.field-error')).toHaveText("Enter the hub's address, starting with https:// (or http:// for a hub on this machine).");
  await expect(page.locator('#f-name')).toHaveValue('Kilimanjaro Hub');
  await expect(page.locator('#f-base_url')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-token')).toHaveValue('');

  await form.locator('#f-base_url').fill(HUB_URL);
  await form.locator('#f-token').fill(HUB_TOKEN);
  await form.getByRole('button', { name: 'Register the hub' }).click();
  await expect(page.locator('.notice').first()).toHaveText('Hub registered. Test the connection next.');
  await expect(page.locator('.lead')).toContainText('Kilimanjaro Bioinformatics Centre');
  await expect(page.locator('body')).not.toContainText(HUB_TOKEN);
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.locator('section[aria-labelledby="h-connection"] .notice')).toContainText('Connected to JupyterHub 6.1.1');
});

test('a learner cannot open the hub pages', async ({ page }) => {
  await signIn(page, DEMO.learner);
  const res = await page.goto('/admin/hubs');
  expect(res.status()).toBe(403);
});
