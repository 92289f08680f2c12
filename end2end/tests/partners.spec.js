// Partner onboarding from start to a trained team: a visitor reads the partnership page and
// applies in Spanish (also with JavaScript off), gets the acknowledgement mail in Spanish; an
// organizer accepts; the contact person accepts the invitation as partner lead; the organizer
// registers the partner's hub (the real JupyterHub of the hub tests); the lead invites two
// team members and watches the checklist advance as they sign in, get their hub accounts and
// complete "First steps"; the lead records that the team trains others; the yearly report.
const { test, expect } = require('@playwright/test');
const { DEMO, signIn, signOut, setLanguageCookie, waitForMail, extractLink, pathOf, uniqueEmail } = require('./helpers');

const HUB_URL = process.env.HUB_URL;
const HUB_TOKEN = process.env.HUB_TOKEN;
const FIRST_STEPS = ['01-what-is-a-hub', '02-signing-in', '03-the-jupyterlab-interface', '04-notebooks-and-kernels',
  '05-files-and-data', '06-installing-packages', '07-sharing-your-work', '08-being-a-good-neighbour'];

/** Accepts the invitation mailed to `email` with this name, then signs in. */
async function acceptInvitation(page, email, name) {
  const invitation = await waitForMail(email, 'invitation');
  await page.goto(pathOf(extractLink(invitation, '/invitation/')));
  await page.locator('#f-name').fill(name);
  await page.locator('#f-password').fill('a-long-password-1');
  await page.locator('#f-confirm_password').fill('a-long-password-1');
  await page.locator('form[action="/api/accept_invitation"] button[type="submit"]').click();
  await expect(page).toHaveURL((u) => u.pathname === '/login');
  await signIn(page, email, 'a-long-password-1');
}

/** Marks every lesson of "First steps" complete; `button` is the label in the person's language. */
async function completeFirstSteps(page, button) {
  for (const lesson of FIRST_STEPS) {
    await page.goto(`/courses/first-steps/${lesson}`);
    await page.getByRole('button', { name: button }).click();
    await page.waitForLoadState('load');
  }
}

test('a visitor applies in Spanish, is accepted, and the partner lead onboards a team', async ({ page, context }, testInfo) => {
  test.setTimeout(240_000);
  if (!HUB_URL || !HUB_TOKEN) throw new Error('HUB_URL and HUB_TOKEN must name the demo JupyterHub (scripts/test.sh sets them)');
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

  // The lead's partnership page, in Spanish: what is done and what comes next.
  await page.getByRole('link', { name: 'Mi alianza' }).click();
  await expect(page.locator('h1')).toHaveText(institution);
  const partnership = new URL(page.url()).pathname;
  const step = (key) => page.locator(`ol.checklist li[data-step="${key}"]`);
  await expect(step('accepted')).toHaveClass(/done/);
  await expect(step('lead_signed_in')).toHaveClass(/done/);
  await expect(step('hub_ready')).toHaveClass(/todo/);
  await expect(page.locator('.next-step')).toContainText('El equipo central está configurando tu JupyterHub');
  await signOut(page);

  // The organizer registers the partner's hub, tests it, and sets the team target to two.
  await signIn(page, DEMO.organizer);
  await page.goto('/admin/hubs');
  const hubForm = page.locator('form[action="/api/create_hub"]');
  await hubForm.locator('#f-institution_id').selectOption({ label: institution });
  await hubForm.locator('#f-name').fill(`IBC hub ${testInfo.project.name}`);
  await hubForm.locator('#f-base_url').fill(HUB_URL);
  await hubForm.locator('#f-token').fill(HUB_TOKEN);
  await hubForm.locator('#f-username_scheme').selectOption('platform');
  await hubForm.getByRole('button', { name: 'Register the hub' }).click();
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.locator('section[aria-labelledby="h-connection"] .notice')).toContainText('Connected to JupyterHub');
  await page.goto(partnership);
  await expect(step('hub_ready')).toHaveClass(/done/);
  await page.getByLabel('Team members to invite').fill('2');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.locator('.notice')).toHaveText('The settings have been saved.');
  await signOut(page);

  // The lead invites two team members: a learner (Portuguese) and a mentor (Spanish).
  const run = `${testInfo.project.name}${Date.now() % 100000}`;
  const team = [
    { email: uniqueEmail('rui', testInfo), name: `Rui Souza ${run}`, role: 'learner', lang: 'pt' },
    { email: uniqueEmail('ines', testInfo), name: `Inés Rojas ${run}`, role: 'mentor', lang: 'es' },
  ];
  await signIn(page, email, 'a-long-password-1');
  await page.goto(partnership);
  const invite = page.locator('form[action="/api/invite_team_member"]');
  for (const m of team) {
    await invite.locator('#f-email').fill(m.email);
    await invite.locator('#f-role').selectOption(m.role);
    await invite.locator('#f-locale').selectOption(m.lang);
    await invite.getByRole('button', { name: 'Enviar la invitación' }).click();
    await expect(page.locator('.notice')).toHaveText('La invitación fue enviada.');
  }
  await expect(page.locator('ul.pending')).toContainText(team[0].email);
  await expect(step('team_invited')).toHaveClass(/done/);
  await expect(step('team_invited')).toContainText('2 de 2');
  await expect(step('team_hub_accounts')).toContainText('0 de 2');
  await expect(page.locator('.next-step')).toContainText('Se están creando las cuentas de tu equipo en el hub');
  // The lead completes "First steps" too.
  await completeFirstSteps(page, 'Marcar como completada');
  await signOut(page);

  // Each member accepts (and so signs in); joining the institution queues their hub account.
  await acceptInvitation(page, team[0].email, team[0].name);
  await completeFirstSteps(page, 'Marcar como concluída');
  await signOut(page);
  await acceptInvitation(page, team[1].email, team[1].name);
  await signOut(page);

  // The lead watches the checklist advance: both accounts ready on the real hub.
  await signIn(page, email, 'a-long-password-1');
  await expect(async () => {
    await page.goto(partnership);
    await expect(step('team_hub_accounts')).toHaveClass(/done/, { timeout: 500 });
  }).toPass({ timeout: 60_000 });
  await expect(step('team_hub_accounts')).toContainText('2 de 2');
  // The hub form's default prefix for names Catalyst Academy makes.
  const hubName = `academy-${team[0].name.toLowerCase().replace(/ /g, '-')}`;
  const onHub = await page.request.get(`${HUB_URL}/hub/api/users/${hubName}`, { headers: { Authorization: `token ${HUB_TOKEN}` } });
  expect(onHub.status(), `${hubName} exists on the JupyterHub`).toBe(200);
  const rows = page.locator('table.team tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: team[0].name })).toContainText('Primeros pasos en tu hub de Catalyst · completado');
  await expect(rows.filter({ hasText: team[1].name })).toContainText('Lista');
  await expect(step('first_steps')).toHaveClass(/done/);
  await expect(step('first_steps')).toContainText('1 de 1');
  await expect(page.locator('.next-step')).toContainText('El equipo central ubica a tu equipo');

  // The lead records that the team trains others.
  const trained = page.locator('li[data-step="trained_others"] form');
  await trained.getByRole('button', { name: 'Registrarlo' }).click();
  await expect(page.locator('.field-error')).toHaveText('Cuenta brevemente qué sucedió.');
  await trained.getByLabel('Qué sucedió').fill('Inés formó a 12 estudiantes de maestría en RNA-seq.');
  await trained.getByRole('button', { name: 'Registrarlo' }).click();
  await expect(page.locator('.notice')).toHaveText('La lista de pasos fue actualizada.');
  await expect(step('trained_others')).toHaveClass(/done/);
  await expect(step('trained_others')).toContainText('Inés formó a 12 estudiantes');

  // The yearly report counts two people trained; the CSV says the same.
  await page.getByRole('link', { name: 'Informe anual' }).click();
  await expect(page.locator('dl.totals')).toContainText('Personas formadas (un curso completado)2');
  const csv = await page.request.get(`${partnership}/report.csv`);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain(team[0].name);
  expect(text).toContain('Primeros pasos en tu hub de Catalyst');
  await signOut(page);

  // The organizer places the team in a cohort by hand: every step is done.
  await signIn(page, DEMO.organizer);
  await page.goto(partnership);
  await page.locator('li[data-step="team_in_cohort"] form').getByRole('button', { name: 'Mark as done' }).click();
  await expect(page.locator('.notice')).toHaveText('The checklist has been updated.');
  await expect(page.locator('main')).toContainText('Every onboarding step is done.');
  await page.goto('/admin/partnerships');
  const row = page.locator('table.partnerships tbody tr').filter({ hasText: institution });
  await expect(row).toContainText('8 of 8 steps');
});

test('a learner cannot review applications', async ({ page }) => {
  await signIn(page, DEMO.learner);
  const r = await page.goto('/admin/partners');
  expect(r.status()).toBe(403);
});
