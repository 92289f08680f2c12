// A wrong password is refused with a message in the reader's language; the form keeps the
// address that was typed and still works afterwards. Runs with JavaScript on and off.
//
// Each test ends with a successful sign-in of the same account, which clears that account's
// failed attempts, so repeated runs never run into the per-account rate limit (5 failures in
// 15 minutes).
const { test, expect } = require('@playwright/test');
const { DEMO, DEMO_PASSWORD, TEXT, submitSignIn, signOutForm, switchLanguage } = require('./helpers');

test('a wrong password shows the error in English', async ({ page }) => {
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Email address')).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toBeVisible();

  await submitSignIn(page, DEMO.learner, 'not-the-password');
  await expect(page).toHaveURL((u) => u.pathname === '/login');
  await expect(page.getByText(TEXT.en.signInFailed)).toBeVisible();
  await expect(signOutForm(page)).toHaveCount(0);
  // What was typed comes back, except the password.
  await expect(page.locator('#f-email')).toHaveValue(DEMO.learner);
  await expect(page.locator('#f-password')).toHaveValue('');

  // The right password still works.
  await submitSignIn(page, DEMO.learner, DEMO_PASSWORD);
  await expect(signOutForm(page)).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText(TEXT.en.homeTitle);
});

test('a wrong password shows the error in Spanish when Spanish was chosen', async ({ page }) => {
  await page.goto('/');
  await switchLanguage(page, 'es');
  await expect(page.locator('h1')).toHaveText(TEXT.es.homeTitle);

  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('h1')).toHaveText(TEXT.es.signIn);
  await expect(page.getByLabel('Correo electrónico')).toBeVisible();

  await submitSignIn(page, DEMO.mentor, 'contraseña-equivocada');
  await expect(page).toHaveURL((u) => u.pathname === '/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByText(TEXT.es.signInFailed)).toBeVisible();
  await expect(page.getByText(TEXT.en.signInFailed)).toHaveCount(0);

  await submitSignIn(page, DEMO.mentor, DEMO_PASSWORD);
  await expect(signOutForm(page)).toHaveCount(1);
  // The mentor's own language is Spanish.
  await expect(page.locator('h1')).toHaveText(TEXT.es.homeTitle);
});
