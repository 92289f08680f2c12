// Partner onboarding, first steps: a visitor reads the partnership page and applies in
// Spanish (also with JavaScript off), gets the acknowledgement mail in Spanish; an organizer
// reviews the application and accepts it; the contact person gets the invitation as partner
// lead and creates their account.
const { test, expect } = require('@playwright/test');
const { DEMO, signIn, signOut, setLanguageCookie, waitForMail, extractLink, pathOf, uniqueEmail } = require('./helpers');

test('a visitor applies in Spanish and an organizer accepts the application', async ({ page, context }, testInfo) => {
  const email = uniqueEmail('lead', testInfo);
  const institution = `Instituto de Biología Computacional ${testInfo.project.name} ${Date.now() % 100000}`;

  await setLanguageCookie(context, 'es');
  await page.goto('/');
  await page.getByRole('link', { name: 'Súmate como aliada' }).click();
  await expect(page.locator('h1')).toHaveText('Súmate como institución aliada de Catalyst');
  await page.getByRole('link', { name: 'Solicitar ser institución aliada' }).click();

  // A mistake the browser lets through and the server catches: no users. Nothing typed is lost.
  await page.getByLabel('Nombre de la institución').fill(institution);
  await page.getByLabel('País').fill('Perú');
  await page.getByLabel('Sitio web').fill('https://ibc.example.pe');
  await page.getByLabel('Nombre', { exact: true }).fill('Rosa Quispe');
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Idioma preferido').selectOption('es');
  await page.getByLabel('Investigación o formación para la que serviría el hub').fill('Vigilancia genómica del dengue.');
  await page.getByLabel('Cantidad de personas usuarias esperadas el primer año').fill('0');
  await page.getByLabel('Cómo se alinea tu institución, o quiere alinearse, con la ciencia abierta').fill('Publicamos nuestros datos en repositorios abiertos.');
  await page.getByRole('button', { name: 'Enviar la solicitud' }).click();
  await expect(page.locator('#f-expected_users-error')).toContainText('Escribe un número entero entre 1 y 100000.');
  await expect(page.getByLabel('Nombre de la institución')).toHaveValue(institution);
  await expect(page.getByLabel('Investigación o formación para la que serviría el hub')).toHaveValue('Vigilancia genómica del dengue.');
  await page.getByLabel('Cantidad de personas usuarias esperadas el primer año').fill('25');
  await page.getByRole('button', { name: 'Enviar la solicitud' }).click();
  await expect(page.locator('h1')).toHaveText('Gracias por tu solicitud');

  const ack = await waitForMail(email, 'partner-received');
  expect(ack).toContain('Subject: Recibimos tu solicitud al Proyecto Catalyst');
  expect(ack).toContain(institution);

  // The organizer (English) reviews and accepts.
  await context.clearCookies();
  await signIn(page, DEMO.organizer);
  await page.goto('/admin/partners?status=new');
  await page.getByRole('link', { name: institution }).click();
  await expect(page.locator('.details')).toContainText('Vigilancia genómica del dengue.');
  await page.getByLabel('Message to the applicant').fill('¡Bienvenidos! Pronto configuraremos su hub.');
  await page.getByRole('button', { name: 'Accept and invite the partner lead' }).click();
  await expect(page.locator('.notice')).toContainText('Accepted');
  await expect(page.locator('.badge')).toContainText('Accepted');
  await signOut(page);

  const welcome = await waitForMail(email, 'partner-accepted');
  expect(welcome).toContain('Subject: Te damos la bienvenida al Proyecto Catalyst');
  expect(welcome).toContain('¡Bienvenidos! Pronto configuraremos su hub.');
  const invitation = await waitForMail(email, 'invitation');
  await page.goto(pathOf(extractLink(invitation, '/invitation/')));
  await expect(page.locator('.lead')).toContainText(/Partner lead|Responsable de la institución aliada/);
  await expect(page.locator('#f-locale')).toHaveValue('es');
  await page.locator('#f-name').fill('Rosa Quispe');
  await page.locator('#f-password').fill('a-long-password-1');
  await page.locator('#f-confirm_password').fill('a-long-password-1');
  await page.locator('form[action="/api/accept_invitation"] button[type="submit"]').click();
  await expect(page).toHaveURL((u) => u.pathname === '/login');
  await signIn(page, email, 'a-long-password-1');
});

test('a learner cannot review applications', async ({ page }) => {
  await signIn(page, DEMO.learner);
  const r = await page.goto('/admin/partners');
  expect(r.status()).toBe(403);
});
