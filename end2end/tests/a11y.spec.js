// Accessibility: axe-core finds no WCAG 2.1 A/AA violation on the pages people use, signed
// out, as a learner and as an administrator, with JavaScript on and off.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { DEMO, signIn } = require('./helpers');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// axe-core runs as a script inside the page, and hangs when the page may not run scripts. So
// this file always lets the page run scripts; in the 'nojs' project it instead refuses the
// site's own scripts and wasm, which leaves exactly the DOM a browser without JavaScript gets.
test.use({ javaScriptEnabled: true });
test.beforeEach(async ({ context }, testInfo) => {
  if (testInfo.project.name === 'nojs') {
    await context.route(/\.(m?js|wasm)(\?.*)?$/, (route) => route.abort());
  }
});

async function checkPage(page, url, { expectStatus } = {}) {
  const response = await page.goto(url);
  if (expectStatus) expect(response.status(), `status of ${url}`).toBe(expectStatus);
  else expect(response.status(), `status of ${url}`).toBeLessThan(400);
  expect(new URL(page.url()).pathname, `${url} should not redirect`).toBe(url);
  // Audit the page as a person sees it: with JavaScript, after the islands woke up.
  if (test.info().project.name === 'js' && (await page.locator('leptos-island').count())) {
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  }
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = results.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`)
    .join('\n');
  // Soft: one run reports every page's violations, not only the first page's.
  expect.soft(results.violations.map((v) => v.id), `axe violations on ${url}:\n${report}`).toEqual([]);
}

test.describe('signed out', () => {
  for (const url of ['/', '/login', '/reset', '/courses', '/courses/first-steps', '/courses/first-steps/03-the-jupyterlab-interface', '/courses/open-science/02-licensing', '/courses/e2e-fallback/01-only-english', '/courses/first-steps/04-notebooks-and-kernels', '/courses/first-steps/07-sharing-your-work', '/partners', '/partners/apply']) {
    test(`${url} has no axe violations`, async ({ page }) => {
      await checkPage(page, url);
    });
  }

  test('a missing page has no axe violations', async ({ page }) => {
    await checkPage(page, '/no-such-page', { expectStatus: 404 });
  });
});

test.describe('as a learner', () => {
  test('/account has no axe violations', async ({ page }) => {
    await signIn(page, DEMO.learner);
    await checkPage(page, '/account');
  });

  test('the learning pages have no axe violations', async ({ page }) => {
    await signIn(page, DEMO.learner);
    for (const url of ['/dashboard', '/courses/open-science', '/courses/open-science/01-what-is-open-science', '/courses/e2e-exercises/01-js']) {
      await test.step(url, async () => {
        await checkPage(page, url);
      });
    }
  });
});

test.describe('as an administrator', () => {
  test('the administration pages have no axe violations', async ({ page }) => {
    await signIn(page, DEMO.admin);
    for (const url of ['/admin', '/admin/institutions', '/admin/people', '/admin/invitations', '/admin/hubs', '/admin/hubs/1', '/courses/first-steps', '/admin/partners', '/admin/partnerships', '/partnership/1', '/partnership/1/report', '/translate']) {
      await test.step(url, async () => {
        await checkPage(page, url);
      });
    }
  });
});

test.describe('as a partner lead', () => {
  test('the partnership pages have no axe violations', async ({ page }) => {
    await signIn(page, DEMO.lead);
    for (const url of ['/partnership/1', '/partnership/1/report']) {
      await test.step(url, async () => {
        await checkPage(page, url);
      });
    }
  });
});

test.describe('as a translator', () => {
  test('the translator workspace has no axe violations', async ({ page }) => {
    await signIn(page, DEMO.translator);
    for (const url of ['/translate', '/translate/es/strings/main.ftl', '/translate/es/strings/main.ftl/nav-home', '/translate/es/lessons', '/translate/es/lessons/first-steps/01-what-is-a-hub']) {
      await test.step(url, async () => {
        await checkPage(page, url);
      });
    }
  });
});

test.describe('as a mentor', () => {
  test('the grading pages have no axe violations', async ({ page }) => {
    await signIn(page, DEMO.mentor);
    for (const url of ['/grading', '/grading/gradebook?course=e2e-exercises']) {
      await test.step(url, async () => {
        const response = await page.goto(url);
        expect(response.status()).toBeLessThan(400);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect.soft(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), url).toEqual([]);
      });
    }
    // A work to grade, whichever the queue lists first (the grading spec hands some in).
    await page.goto('/grading?state=all');
    const first = page.locator('table.queue tbody a').first();
    if (await first.count()) {
      const href = await first.getAttribute('href');
      await test.step(href, async () => {
        await checkPage(page, href);
      });
    }
  });
});
