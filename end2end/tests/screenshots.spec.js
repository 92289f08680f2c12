// Pictures for people to look at (not compared with anything): the home page in each
// language, the sign-in page and the invitations page, on a phone and on a desktop.
// Saved to end2end/test-results/screenshots/. Taken with JavaScript on, as most people see it.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const { DEMO, TEXT, SCREENSHOT_DIR, signIn, setLanguageCookie, switchLanguage } = require('./helpers');

const SIZES = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
};

test.beforeAll(() => fs.mkdirSync(SCREENSHOT_DIR, { recursive: true }));

test.beforeEach(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'screenshots are taken once, with JavaScript on');
});

async function shoot(page, name) {
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  expect(fs.statSync(file).size).toBeGreaterThan(1000);
  test.info().annotations.push({ type: 'screenshot', description: file });
}

/** With JavaScript on, a page with an island is shot after it woke up (the toggle shows). */
async function settle(page) {
  if (await page.locator('leptos-island').count()) {
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  }
}

for (const lang of ['en', 'es', 'pt']) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`home page in ${lang} on a ${size}`, async ({ page, context }) => {
      await setLanguageCookie(context, lang);
      await page.setViewportSize(viewport);
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(TEXT[lang].homeTitle);
      await shoot(page, `home-${lang}-${size}`);
    });
  }
}

for (const [size, viewport] of Object.entries(SIZES)) {
  test(`sign-in page on a ${size}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await settle(page);
    await shoot(page, `login-en-${size}`);
  });

  test(`invitations page on a ${size}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signIn(page, DEMO.admin);
    await page.goto('/admin/invitations');
    await expect(page.locator('form[action="/api/invite"]')).toBeVisible();
    await settle(page);
    await shoot(page, `admin-invitations-en-${size}`);
  });
}

// The course pages in each language, at phone and desktop width.
for (const lang of ['en', 'es', 'pt']) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`course pages in ${lang} on a ${size}`, async ({ page, context }) => {
      await setLanguageCookie(context, lang);
      await page.setViewportSize(viewport);
      for (const [name, url] of [
        ['catalog', '/courses'],
        ['course', '/courses/first-steps'],
        ['lesson', '/courses/first-steps/03-the-jupyterlab-interface'],
      ]) {
        await page.goto(url);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await shoot(page, `${name}-${lang}-${size}`);
      }
    });
  }
}

// Hub provisioning: the organizer's hub pages and the learner's dashboard card, in each
// language, at phone and desktop width. Signed in, the profile's language counts, so each
// person switches and then goes back to English for the other tests.
for (const lang of ['en', 'es', 'pt']) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`hub pages in ${lang} on a ${size}`, async ({ page, context }) => {
      await page.setViewportSize(viewport);
      for (const [who, pages] of [
        [DEMO.learner, [['dashboard-hub', '/dashboard', 'section.hub-card']]],
        [DEMO.organizer, [['admin-hubs', '/admin/hubs', 'form[action="/api/create_hub"]'], ['admin-hub', '/admin/hubs/1', 'section[aria-labelledby="h-members"]']]],
      ]) {
        await context.clearCookies();
        await signIn(page, who);
        await switchLanguage(page, lang);
        try {
          for (const [name, url, marker] of pages) {
            await page.goto(url);
            await expect(page.locator(marker)).toBeVisible();
            await shoot(page, `${name}-${lang}-${size}`);
          }
        } finally {
          await switchLanguage(page, 'en');
        }
      }
    });
  }
}

// Cohorts (imported by cohorts.spec.js, which runs before this file): the participant's
// track and the cohort page as a learner, the dashboard and an attendance checklist as an
// organizer, in each language, at phone and desktop width.
for (const lang of ['en', 'es', 'pt']) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`cohort pages in ${lang} on a ${size}`, async ({ page, context }) => {
      await page.setViewportSize(viewport);
      for (const [who, pages] of [
        [DEMO.learner, [['cohort-track', '/cohorts/catalyst-2027/track', 'table.stack'], ['cohort', '/cohorts/catalyst-2027', 'section.week']]],
        [DEMO.organizer, [['cohort-dashboard', '/cohorts/catalyst-2027/dashboard', 'table.matrix']]],
      ]) {
        await context.clearCookies();
        await signIn(page, who);
        await switchLanguage(page, lang);
        try {
          for (const [name, url, marker] of pages) {
            await page.goto(url);
            await expect(page.locator(marker).first()).toBeVisible();
            await shoot(page, `${name}-${lang}-${size}`);
          }
          if (who === DEMO.organizer) {
            await page.goto('/cohorts/catalyst-2027');
            await page.locator('li.call', { hasText: 'GitHub for beginners' }).getByRole('link').last().click();
            await expect(page.locator('form.attendance')).toBeVisible();
            await shoot(page, `cohort-attendance-${lang}-${size}`);
          }
        } finally {
          await switchLanguage(page, 'en');
        }
      }
    });
  }
}

// Exercises and grading (work handed in by grading.spec.js, which runs before this file): a
// lesson with its exercises as the learner sees them, the mentor's queue, a work being graded
// and the gradebook, in each language, at phone and desktop width.
for (const lang of ['en', 'es', 'pt']) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`grading pages in ${lang} on a ${size}`, async ({ page, context }) => {
      await page.setViewportSize(viewport);
      for (const [who, home, pages] of [
        // The fixture course: viewing first-steps lessons would move the learner's resume point.
        [DEMO.learner, 'en', [['exercise-graded', '/courses/e2e-exercises/01-js', '#exercise-explain-hub'], ['exercise-forms', '/courses/e2e-exercises/02-nojs', '#exercise-pick-kernel']]],
        [DEMO.mentor, 'es', [['grading-queue', '/grading?state=all', 'table.queue'], ['grading-work', null, '.grade-form'], ['gradebook', '/grading/gradebook?course=e2e-exercises', 'table.gradebook']]],
      ]) {
        await context.clearCookies();
        await signIn(page, who);
        await switchLanguage(page, lang);
        try {
          for (const [name, url, marker] of pages) {
            if (url) await page.goto(url);
            else await page.goto(await page.locator('table.queue tbody a').first().getAttribute('href'));
            await expect(page.locator(marker).first()).toBeVisible();
            await shoot(page, `${name}-${lang}-${size}`);
          }
        } finally {
          await switchLanguage(page, home);
        }
      }
    });
  }
}

// Partner onboarding: the public page and the application form (signed out), and the
// organizers' list of applications, in each language, at phone and desktop width.
for (const lang of ['en', 'es', 'pt']) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`partner pages in ${lang} on a ${size}`, async ({ page, context }) => {
      await page.setViewportSize(viewport);
      await setLanguageCookie(context, lang);
      for (const [name, url] of [['partners', '/partners'], ['partners-apply', '/partners/apply']]) {
        await page.goto(url);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await shoot(page, `${name}-${lang}-${size}`);
      }
      await signIn(page, DEMO.organizer);
      await switchLanguage(page, lang);
      try {
        await page.goto('/admin/partners');
        await expect(page.locator('h1')).toBeVisible();
        await shoot(page, `admin-partners-${lang}-${size}`);
      } finally {
        await switchLanguage(page, 'en');
      }
    });
  }
}

// Partnerships: the lead's checklist and team, the organizers' overview and the yearly report,
// in each language, at phone and desktop width.
for (const lang of ['en', 'es', 'pt']) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`partnership pages in ${lang} on a ${size}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      for (const [who, pages] of [
        [DEMO.lead, [['partnership', '/partnership/1'], ['partnership-report', '/partnership/1/report']]],
        [DEMO.organizer, [['partnerships', '/admin/partnerships'], ['partnership-organizer', '/partnership/1']]],
      ]) {
        await signIn(page, who);
        await switchLanguage(page, lang);
        try {
          for (const [name, url] of pages) {
            await page.goto(url);
            await expect(page.locator('h1')).toBeVisible();
            await expect(page.locator('html')).toHaveAttribute('lang', lang);
            await shoot(page, `${name}-${lang}-${size}`);
          }
        } finally {
          await switchLanguage(page, who === DEMO.lead ? 'es' : 'en');
          await page.context().clearCookies();
        }
      }
    });
  }
}

// The translator workspace: overview, a file's messages, a message's editor and a lesson
// side by side, in each language, at phone and desktop width.
for (const lang of ['en', 'es', 'pt']) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`translator pages in ${lang} on a ${size}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await signIn(page, DEMO.translator);
      await switchLanguage(page, lang);
      try {
        for (const [name, url] of [
          ['translate', '/translate'],
          ['translate-messages', '/translate/es/strings/partnerships.ftl'],
          ['translate-editor', '/translate/es/strings/partnerships.ftl/partnership-wind-down-body'],
          ['translate-lesson', '/translate/es/lessons/first-steps/02-signing-in'],
        ]) {
          await page.goto(url);
          await expect(page.locator('h1')).toBeVisible();
          await shoot(page, `${name}-${lang}-${size}`);
        }
      } finally {
        await switchLanguage(page, 'pt');
      }
    });
  }
}
