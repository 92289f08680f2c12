// Forms are protected against cross-site posts, staff pages are closed to learners, and
// private pages send visitors to the sign-in page.
const { test, expect } = require('@playwright/test');
const { DEMO, DEMO_PASSWORD, TEXT, signIn } = require('./helpers');

test.describe('CSRF protection of /api/sign_in', () => {
  // Opening the page first gives the browser its CSRF cookie, so a refusal below is about the
  // form field and not about a missing cookie. page.request shares the page's cookies.
  async function csrfFromLoginPage(page) {
    await page.goto('/login');
    const token = await page.locator('form[action="/api/sign_in"] input[name="csrf"]').getAttribute('value');
    expect(token, 'the sign-in form carries a csrf field').toBeTruthy();
    return token;
  }

  // Sent like a browser's form post (Accept: text/html), without following the redirect.
  const post = (page, form, headers = {}) =>
    page.request.post('/api/sign_in', {
      form,
      headers: { accept: 'text/html,application/xhtml+xml', ...headers },
      maxRedirects: 0,
      failOnStatusCode: false,
    });

  test('a post without the csrf field is refused with 403', async ({ page }) => {
    await csrfFromLoginPage(page);
    const res = await post(page, { email: DEMO.learner, password: DEMO_PASSWORD, next: '' });
    expect(res.status()).toBe(403);
    expect(res.headers()['set-cookie'] || '').not.toContain('academy_session=');
  });

  test('a post with a wrong csrf field is refused with 403', async ({ page }) => {
    const token = await csrfFromLoginPage(page);
    const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    for (const csrf of ['', 'not-a-token', forged]) {
      const res = await post(page, { csrf, email: DEMO.learner, password: DEMO_PASSWORD, next: '' });
      expect(res.status(), `csrf=${JSON.stringify(csrf)}`).toBe(403);
    }
  });

  test('a post the browser marks as cross-site is refused even with the right token', async ({ page }) => {
    const csrf = await csrfFromLoginPage(page);
    const res = await post(page, { csrf, email: DEMO.learner, password: DEMO_PASSWORD, next: '' }, { 'sec-fetch-site': 'cross-site' });
    expect(res.status()).toBe(403);
  });

  test('a post without the CSRF cookie is refused with 403', async ({ playwright, baseURL }) => {
    const fresh = await playwright.request.newContext({ baseURL });
    try {
      const res = await fresh.post('/api/sign_in', {
        form: { csrf: 'whatever', email: DEMO.learner, password: DEMO_PASSWORD, next: '' },
        headers: { accept: 'text/html' },
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      expect(res.status()).toBe(403);
    } finally {
      await fresh.dispose();
    }
  });

  test('the same post with the right csrf field is accepted (control)', async ({ page }) => {
    const csrf = await csrfFromLoginPage(page);
    const res = await post(page, { csrf, email: DEMO.learner, password: DEMO_PASSWORD, next: '' });
    expect(res.status(), await res.text()).toBeGreaterThanOrEqual(200);
    expect(res.status()).toBeLessThan(400);
    expect(res.headers()['set-cookie'] || '').toContain('academy_session=');
  });
});

test('a learner opening /admin/people gets 403', async ({ page }) => {
  await signIn(page, DEMO.learner);
  const res = await page.goto('/admin/people');
  expect(res.status()).toBe(403);
  await expect(page.getByText(TEXT.en.forbidden)).toBeVisible();
  await expect(page.locator('table')).toHaveCount(0);
});

test('an anonymous visitor opening /admin is sent to the sign-in page', async ({ page }) => {
  await page.goto('/admin');
  const url = new URL(page.url());
  expect(url.pathname).toBe('/login');
  expect(url.searchParams.get('next')).toBe('/admin');
  await expect(page.locator('#f-email')).toBeVisible();
});

test('after signing in from that redirect, the visitor lands on /admin', async ({ page }) => {
  await page.goto('/admin');
  expect(new URL(page.url()).pathname).toBe('/login');
  await page.locator('#f-email').fill(DEMO.admin);
  await page.locator('#f-password').fill(DEMO_PASSWORD);
  await page.locator('form[action="/api/sign_in"] button[type="submit"]').click();
  await page.waitForLoadState('load');
  expect(new URL(page.url()).pathname).toBe('/admin');
});

// A name that is markup is refused at the door, with a clear error on its field, and what
// was typed comes back as text: nothing runs, the document title stays the page's own.
test('a partner application whose institution is markup is refused and shown as text', async ({ page }) => {
  const payload = '</title><script>window.__pwned = 1</script>';
  await page.goto('/partners/apply');
  const form = page.locator('form[action="/api/apply_partner"]');
  await form.locator('#f-institution').fill(payload);
  await form.locator('#f-country').fill('Chile');
  await form.locator('#f-website').fill('https://uno.example.cl');
  await form.locator('#f-contact_name').fill('Uno');
  await form.locator('#f-contact_email').fill('uno@uno.example.cl');
  await form.locator('#f-research').fill('Genómica.');
  await form.locator('#f-expected_users').fill('10');
  await form.locator('#f-open_science').fill('Datos abiertos.');
  await form.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/partners\/apply$/);
  await expect(page.locator('#f-institution-error')).toContainText('Use plain text here');
  await expect(page.locator('#f-institution')).toHaveValue(payload);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.title()).not.toContain('<');
  expect(await page.locator('head meta[http-equiv]').count()).toBe(0);
});
