// The password field is an island: with JavaScript it gains a "Show"/"Hide" toggle once the
// wasm has woken it; without JavaScript the toggle stays hidden and the form works as is.
const { test, expect } = require('@playwright/test');
const { DEMO, DEMO_PASSWORD, TEXT, submitSignIn, signOutForm } = require('./helpers');

const toggleOf = (page) => page.locator('#f-password ~ button.toggle');

test('with JavaScript the password toggle appears and works', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'needs JavaScript');
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  const input = page.locator('#f-password');
  const toggle = toggleOf(page);
  await expect(toggle).toBeVisible();
  await expect(toggle).not.toHaveAttribute('hidden', /.*/);
  await expect(toggle).toHaveText(TEXT.en.show);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(input).toHaveAttribute('type', 'password');

  await input.fill('a secret phrase');
  await toggle.click();
  await expect(input).toHaveAttribute('type', 'text');
  await expect(toggle).toHaveText(TEXT.en.show);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(input).toHaveValue('a secret phrase');

  await toggle.click();
  await expect(input).toHaveAttribute('type', 'password');
  await expect(toggle).toHaveText(TEXT.en.show);
  await expect(input).toHaveValue('a secret phrase');

  // The toggle is a plain button: it must not send the form.
  await expect(page).toHaveURL((u) => u.pathname === '/login');
  expect(errors, `errors in the page: ${errors.join('\n')}`).toEqual([]);
});

test('without JavaScript the toggle stays hidden and the form still works', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'nojs', 'only meaningful with JavaScript off');

  await page.goto('/login');
  await expect(page.locator('#f-password')).toBeVisible();
  await expect(page.locator('#f-password')).toHaveAttribute('type', 'password');
  await expect(toggleOf(page)).toHaveCount(1);
  await expect(toggleOf(page)).toBeHidden();
  await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', 'true');

  await submitSignIn(page, DEMO.learner, DEMO_PASSWORD);
  await expect(signOutForm(page)).toHaveCount(1);
  await expect(page.getByText(TEXT.en.welcomeBack('Lina Learner'))).toBeVisible();
});
