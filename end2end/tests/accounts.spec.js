// The whole way into the academy: an administrator invites someone, the invitation arrives by
// mail, the new person creates an account, signs in, reads the site in three languages and
// signs out. Runs with JavaScript on and off: every step is a plain HTML form.
const { test, expect } = require('@playwright/test');
const {
  DEMO,
  TEXT,
  signIn,
  signOut,
  switchLanguage,
  signInNavLink,
  waitForMail,
  extractLink,
  pathOf,
  uniqueEmail,
} = require('./helpers');

test('an invited learner joins, reads the site in three languages and signs out', async ({ page }, testInfo) => {
  const email = uniqueEmail('learner', testInfo);
  const name = 'Zoë Ñandú';
  const password = 'açaí tapioca jaguar sunrise';

  await test.step('an administrator sends the invitation', async () => {
    await signIn(page, DEMO.admin);
    await page.goto('/admin/invitations');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const form = page.locator('form[action="/api/invite"]');
    await form.locator('#f-email').fill(email);
    await form.locator('#f-role').selectOption('learner');
    // Attach the learner to the first partner institution when there is one.
    const institutions = form.locator('#f-institution_id option:not([value=""])');
    if ((await institutions.count()) > 0) {
      await form.locator('#f-institution_id').selectOption(await institutions.first().getAttribute('value'));
    }
    await form.locator('#f-locale').selectOption('en');
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await page.waitForLoadState('load');
    await expect(page).toHaveURL((u) => u.pathname === '/admin/invitations');
    await expect(page.getByText(TEXT.en.invitationSent)).toBeVisible();
    await expect(page.locator('table').getByText(email)).toBeVisible();
    await signOut(page);
  });

  let link;
  await test.step('the invitation arrives by mail', async () => {
    const mail = await waitForMail(email, 'invitation');
    link = extractLink(mail, '/invitation/');
  });

  await test.step('the invited person creates the account', async () => {
    await page.goto(pathOf(link));
    await expect(page.locator('h1')).toHaveText('Accept your invitation');
    await expect(page.getByText(email)).toBeVisible();
    await page.getByLabel('Full name').fill(name);
    await expect(page.locator('#f-locale')).toHaveValue('en');
    await page.locator('#f-locale').selectOption('en');
    await page.locator('#f-password').fill(password);
    await page.locator('#f-confirm_password').fill(password);
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForLoadState('load');
    await expect(page).toHaveURL((u) => u.pathname === '/login');
    await expect(page.getByText(TEXT.en.accountCreated)).toBeVisible();
  });

  await test.step('the new learner signs in', async () => {
    await signIn(page, email, password);
    await expect(page.locator('h1')).toHaveText(TEXT.en.homeTitle);
    await expect(page.getByText(TEXT.en.welcomeBack(name))).toBeVisible();
    // A learner is not staff: no administration link.
    await expect(page.locator('header nav a[href="/admin"]')).toHaveCount(0);
  });

  await test.step('Spanish', async () => {
    await switchLanguage(page, 'es');
    await expect(page.locator('h1')).toHaveText(TEXT.es.homeTitle);
    await expect(page.getByText(TEXT.es.welcomeBack(name))).toBeVisible();
    await expect(page.getByRole('button', { name: TEXT.es.signOut })).toBeVisible();
  });

  await test.step('Portuguese', async () => {
    await switchLanguage(page, 'pt');
    await expect(page.locator('h1')).toHaveText(TEXT.pt.homeTitle);
    await expect(page.getByText(TEXT.pt.welcomeBack(name))).toBeVisible();
    await expect(page.getByRole('button', { name: TEXT.pt.signOut })).toBeVisible();
  });

  await test.step('back to English, and the choice sticks', async () => {
    await switchLanguage(page, 'en');
    await expect(page.locator('h1')).toHaveText(TEXT.en.homeTitle);
    await page.goto('/account');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByText(email)).toBeVisible();
    await expect(page.getByText(name)).toBeVisible();
  });

  await test.step('signing out', async () => {
    await signOut(page);
    await expect(signInNavLink(page)).toHaveText(TEXT.en.signIn);
    // The account page now asks to sign in.
    await page.goto('/account');
    await expect(page).toHaveURL((u) => u.pathname === '/login');
  });

  await test.step('the invitation link works only once', async () => {
    await page.goto(pathOf(link));
    await expect(page.locator('form[action="/api/accept_invitation"]')).toHaveCount(0);
  });
});
