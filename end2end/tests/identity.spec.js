// Identity: a GitHub username a person types about themself grants nothing. A translator
// outside the cohort and a learner inside it type organizers' usernames from the cohort's
// public OLS files (metadata.yaml); neither gets the cohort page, its dashboard or the
// participants export, nor the attendance sheet of a call that organizer hosts. The
// organizer sees the pending claims on the cohort page, with confirm and reject buttons. At
// the end both clear their usernames (which withdraws the claims), so the spec can run again
// against the same server and in both projects.
const path = require('path');
const { test, expect } = require('@playwright/test');
const { DEMO, signIn } = require('./helpers');

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'cohorts', 'catalyst-2027');
const SLUG = 'catalyst-2027';
// Organizers in metadata.yaml; both host calls in schedule.yaml.
const ORGANIZER_HANDLE = 'bebatut';
// The demo people read in their own languages (the translator in Portuguese): the texts in
// en, es and pt from locales/*/hubs.ftl.
const SAVED = /GitHub username saved\.|Se guardó el nombre de usuario de GitHub\.|O nome de usuário do GitHub foi salvo\./;
const UNCONFIRMED = /Not confirmed yet|Todavía sin confirmar|Ainda não confirmado/;
const TAKEN = /Another account already uses this GitHub username|Otra cuenta ya usa este nombre de usuario de GitHub|Outra conta já usa esse nome de usuário do GitHub/;
const HOST_HANDLE = 'yochannah';

test.describe.configure({ mode: 'serial' });

/** The cohort from the fixture, imported by the demo organizer unless it exists already. */
async function ensureCohort(page) {
  await signIn(page, DEMO.organizer);
  const res = await page.goto(`/cohorts/${SLUG}`);
  if (res.status() === 200) return;
  await page.goto('/admin/cohorts');
  const form = page.locator('form[enctype="multipart/form-data"]');
  await form.locator('#f-slug').fill(SLUG);
  await form.locator('#f-name').fill('Open Seeds 2027 — Catalyst track');
  await form.locator('#f-timezone').fill('UTC');
  for (const [field, file] of [['schedule', 'schedule.yaml'], ['projects', 'projects.yaml'], ['metadata', 'metadata.yaml'], ['participants', 'participants.csv']]) {
    await form.locator(`#f-${field}`).setInputFiles(path.join(FIXTURES, file));
  }
  await form.getByRole('button', { name: 'Preview the import' }).click();
  await page.getByRole('button', { name: 'Apply the import' }).click();
  await expect(page.locator('.notice')).toHaveText('Cohort imported. Invitations are on their way.');
}

async function setGithub(page, handle) {
  await page.goto('/account');
  await page.locator('#f-github_username').fill(handle);
  await page.locator('form[action="/api/set_github_username"] button[type="submit"]').click();
  await page.waitForLoadState('load');
}

async function status(page, url) {
  const res = await page.request.get(url, { failOnStatusCode: false, maxRedirects: 0, headers: { accept: 'text/html' } });
  return res.status();
}

test('typing an organizer\'s GitHub username gives no access to the cohort', async ({ page: organizer, browser }) => {
  await ensureCohort(organizer);

  const tContext = await browser.newContext();
  const lContext = await browser.newContext();
  const t = await tContext.newPage();
  const l = await lContext.newPage();
  try {
    // A translator outside the cohort takes an organizer's name from metadata.yaml.
    await signIn(t, DEMO.translator);
    await setGithub(t, ORGANIZER_HANDLE);
    await expect(t.locator('.notice')).toHaveText(SAVED);
    await expect(t.locator('#github-status')).toContainText(UNCONFIRMED);
    const res = await t.goto(`/cohorts/${SLUG}`);
    expect(res.status()).toBe(403);
    await expect(t.locator('main')).not.toContainText('Open Seeds 2027');
    expect(await status(t, `/cohorts/${SLUG}/dashboard`)).toBe(403);
    expect(await status(t, `/cohorts/${SLUG}/export/participants.csv`)).toBe(403);
    expect(await status(t, `/cohorts/${SLUG}/export/dashboard.csv`)).toBe(403);

    // A learner inside the cohort (a participant) takes a host's name: still a participant.
    await signIn(l, DEMO.learner);
    await setGithub(l, HOST_HANDLE);
    await expect(l.locator('#github-status')).toContainText(UNCONFIRMED);
    const cohort = await l.goto(`/cohorts/${SLUG}`);
    expect(cohort.status()).toBe(200);
    await expect(l.locator(`a[href="/cohorts/${SLUG}/dashboard"]`)).toHaveCount(0);
    await expect(l.getByRole('link', { name: 'Take attendance' })).toHaveCount(0);
    await expect(l.locator('#claims')).toHaveCount(0);
    expect(await status(l, `/cohorts/${SLUG}/dashboard`)).toBe(403);
    expect(await status(l, `/cohorts/${SLUG}/export/participants.csv`)).toBe(403);

    // Nobody else can hold a name someone has, in any case.
    await setGithub(t, HOST_HANDLE.toUpperCase());
    await expect(t.locator('.field-error')).toContainText(TAKEN);

    // The organizer sees who claimed what, to confirm or reject.
    await organizer.goto(`/cohorts/${SLUG}`);
    const claims = organizer.locator('ul.claims > li');
    const translatorClaim = claims.filter({ hasText: DEMO.translator });
    await expect(translatorClaim).toContainText(ORGANIZER_HANDLE);
    await expect(translatorClaim).toContainText('Organizer');
    await expect(translatorClaim.getByRole('button', { name: `Confirm: ${ORGANIZER_HANDLE}` })).toHaveCount(1);
    await expect(translatorClaim.getByRole('button', { name: `Reject: ${ORGANIZER_HANDLE}` })).toHaveCount(1);
    await expect(claims.filter({ hasText: DEMO.learner })).toContainText(HOST_HANDLE);
  } finally {
    // Clearing a username withdraws its pending claims: the next run starts clean.
    for (const p of [t, l]) {
      if (p.url().startsWith('http')) await setGithub(p, '');
    }
    await tContext.close();
    await lContext.close();
  }
});
