// A learner enrolls, reads a lesson in Portuguese, marks it complete, sees progress on the
// dashboard and resumes; an untranslated lesson shows the English fallback notice. Runs with
// JavaScript on (project js, course open-science) and off (project nojs, course first-steps),
// each on its own course so the two runs do not share progress.
const { test, expect } = require('@playwright/test');
const { DEMO, signIn, switchLanguage } = require('./helpers');

// The demo learner is shared with other specs: whatever happened, leave them in English.
test.afterEach(async ({ page }) => {
  await page.goto('/');
  if (await page.locator('form[action="/api/set_language"] button[value="en"]').count()) {
    await switchLanguage(page, 'en');
  }
});

test('enroll, read in Portuguese, complete, see progress, resume', async ({ page }, testInfo) => {
  const slug = testInfo.project.name === 'js' ? 'open-science' : 'first-steps';
  await signIn(page, DEMO.learner);
  await switchLanguage(page, 'pt');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt');

  await page.goto(`/courses/${slug}`);
  await page.getByRole('button', { name: 'Inscrever-me neste curso' }).click();
  await expect(page.locator('.notice')).toContainText('Inscrição feita');
  // "Start", or "Continue" when another spec already opened a lesson of this course.
  await page.locator('.course-actions a.button').click();
  await expect(page).toHaveURL(new RegExp(`/courses/${slug}/01-`));
  await expect(page.locator('.breadcrumb')).toContainText('Aula 1 de');
  // Written in Portuguese: no fallback notice, no foreign-language passage.
  await expect(page.locator('article.lesson')).not.toHaveAttribute('lang', /.+/);
  await expect(page.locator('.info-box')).toHaveCount(0);
  const firstTitle = await page.locator('h1').innerText();

  await page.getByRole('button', { name: 'Marcar como concluída' }).click();
  await expect(page).toHaveURL(new RegExp(`/courses/${slug}/02-`));
  await expect(page.locator('.notice')).toContainText('Aula marcada como concluída');

  await page.getByRole('link', { name: 'Meu aprendizado' }).click();
  const card = page.locator('.course-card', { hasText: 'aulas concluídas' }).filter({ has: page.locator(`a[href="/courses/${slug}"]`) });
  await expect(card).toContainText('1 de');
  await expect(card.locator('.progress')).toHaveCount(1);
  // Resume where we left off: lesson 2, which we opened after completing lesson 1.
  await card.getByRole('link', { name: /Continuar/ }).click();
  await expect(page).toHaveURL(new RegExp(`/courses/${slug}/02-`));

  // The course page shows lesson 1 as completed.
  await page.goto(`/courses/${slug}`);
  await expect(page.locator('ol.lessons li.done')).toHaveCount(1);
  await expect(page.locator('ol.lessons li.done')).toContainText(firstTitle);
  // Leave the shared demo learner in English for the other specs.
  await switchLanguage(page, 'en');
});

test('an untranslated lesson is shown in English with a notice in the reader language', async ({ page }) => {
  await page.goto('/courses');
  await switchLanguage(page, 'pt');
  await page.goto('/courses/e2e-fallback/01-only-english');
  await expect(page.locator('.info-box')).toContainText('ainda não foi traduzida');
  await expect(page.locator('article.lesson')).toHaveAttribute('lang', 'en');
  await expect(page.locator('article.lesson')).toContainText('has not been translated yet');
  // The admonition's title follows the reader's language.
  await expect(page.locator('.admonition-title')).toHaveText('Dica');
  await page.goto('/courses/e2e-fallback');
  await expect(page.locator('.badge', { hasText: 'Em inglês' })).toHaveCount(1);
});

test('the catalog filters by language availability', async ({ page }) => {
  await page.goto('/courses?lang=es');
  await expect(page.locator('a[href="/courses/first-steps"]')).toHaveCount(1);
  await expect(page.locator('a[href="/courses/e2e-fallback"]')).toHaveCount(0);
  await page.goto('/courses?lang=en');
  await expect(page.locator('a[href="/courses/e2e-fallback"]')).toHaveCount(1);
});

test('a lesson page loads no wasm, and at most the 2 KB enhancement script', async ({ page }, testInfo) => {
  const urls = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  await page.goto('/courses/first-steps/01-what-is-a-hub');
  await page.waitForLoadState('networkidle');
  expect(urls.filter((u) => u.endsWith('.wasm'))).toEqual([]);
  const scripts = urls.filter((u) => u.endsWith('.js'));
  expect(scripts).toEqual(testInfo.project.name === 'js' ? ['/enhance.js'] : []);
});

test('with JavaScript, moving between lessons and completing one does not reload the page', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'needs JavaScript');
  await signIn(page, DEMO.learner);
  await page.goto('/courses/open-science/05-version-control-basics');
  await expect(page.locator('html')).toHaveAttribute('data-enhanced', 'true');
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.locator('.pager a[rel="next"]').click();
  await expect(page).toHaveURL(/\/courses\/open-science\/06-/);
  await expect(page.locator('.breadcrumb')).toContainText('6');
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page).toHaveURL(/\/courses\/open-science\/07-/);
  await expect(page.locator('.notice')).toContainText('Lesson marked as complete');
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  // Back goes back, still without a reload.
  await page.goBack();
  await expect(page).toHaveURL(/\/courses\/open-science\/06-/);
  await expect(page.locator('.badge.done')).toHaveCount(1);
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
});
