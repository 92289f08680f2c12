// Open Seeds cohorts in the browser: an organizer imports a cohort from OLS files and a
// participants CSV (previewed first), takes attendance on a phone-sized checklist, ticks a
// milestone and sets the required courses; the participant reads their track in Spanish and
// reports a mentor meeting, which their mentor confirms; the dashboard highlights who falls
// behind; the calendar feed parses as iCalendar. Runs with JavaScript on and off; the import
// is idempotent, so the second run updates the cohort the first one created.
const path = require('path');
const { test, expect } = require('@playwright/test');
const ICAL = require('ical.js');
const { DEMO, signIn, switchLanguage } = require('./helpers');

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'cohorts', 'catalyst-2027');
const SLUG = 'catalyst-2027';

test.describe.configure({ mode: 'serial' });

async function importCohort(page) {
  await page.goto('/admin/cohorts');
  const form = page.locator('form[enctype="multipart/form-data"]');
  await form.locator('#f-slug').fill(SLUG);
  await form.locator('#f-name').fill('Open Seeds 2027 — Catalyst track');
  await form.locator('#f-timezone').fill('UTC');
  for (const [field, file] of [['schedule', 'schedule.yaml'], ['projects', 'projects.yaml'], ['metadata', 'metadata.yaml'], ['participants', 'participants.csv']]) {
    await form.locator(`#f-${field}`).setInputFiles(path.join(FIXTURES, file));
  }
  await form.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.locator('h1')).toHaveText('Review the import');
}

test('an organizer previews and applies an OLS import', async ({ page }) => {
  await signIn(page, DEMO.organizer);
  await importCohort(page);
  await expect(page.locator('main')).toContainText(/Applying creates this cohort|applying updates it/);
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('17');
  await expect(facts).toContainText('35');
  await expect(facts).toContainText('Mentor–mentee meeting 8');
  await expect(page.locator('main')).toContainText('Matched to an account');
  await expect(page.locator('main')).toContainText('Lina Learner');
  await page.getByRole('button', { name: 'Apply the import' }).click();
  await expect(page.locator('.notice')).toHaveText('Cohort imported. Invitations are on their way.');
  await expect(page.locator('.lead')).toHaveText('Open Seeds 2027 — Catalyst track');
  await expect(page.locator('section.week')).toHaveCount(17);
  await expect(page.locator('main')).toContainText('Welcome to Open Seeds & Tooling for Project Design');
});

test('a malformed schedule is refused with its line, and nothing is applied', async ({ page }) => {
  await signIn(page, DEMO.organizer);
  await page.goto('/admin/cohorts');
  const form = page.locator('form[enctype="multipart/form-data"]');
  await form.locator('#f-slug').fill('broken-cohort');
  await form.locator('#f-name').fill('Broken');
  await form.locator('#f-schedule').setInputFiles({ name: 'schedule.yaml', mimeType: 'application/yaml', buffer: Buffer.from("weeks:\n  '00':\n    start: [unclosed\n") });
  await form.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.locator('ul.problems')).toContainText('schedule.yaml');
  await expect(page.locator('ul.problems')).toContainText(/line \d+/);
  await expect(page.locator('ul.problems')).toContainText('This is not valid YAML');
  await expect(page.getByRole('button', { name: 'Apply the import' })).toHaveCount(0);
  const res = await page.goto('/cohorts/broken-cohort');
  expect(res.status()).toBe(404);
});

test('the organizer requires a course, takes attendance and ticks a milestone', async ({ page }) => {
  await signIn(page, DEMO.organizer);
  await page.goto(`/cohorts/${SLUG}`);
  // A fixture course only these tests use (the course tests enroll the learner themselves).
  await page.locator('#f-courses').fill('e2e-fallback');
  await page.locator('form[action="/api/update_cohort_settings"] button[type="submit"]').click();
  await expect(page.locator('.notice')).toHaveText('Settings saved.');

  // Three recorded cohort calls: Lina came to the first, missed the next two.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [title, present] of [
    ['Welcome to Open Seeds & Tooling for Project Design', true],
    ['GitHub for beginners', false],
    ['Tooling for Open Collaboration', false],
  ]) {
    await page.goto(`/cohorts/${SLUG}`);
    await page.locator('li.call', { hasText: title }).getByRole('link', { name: 'Take attendance' }).click();
    await expect(page.locator('h1')).toHaveText('Attendance');
    const box = page.getByLabel('Lina Learner');
    if (present) await box.check();
    else await box.uncheck();
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await expect(page.locator('.notice')).toHaveText('Attendance saved.');
    await expect(page.getByLabel('Lina Learner')).toBeChecked({ checked: present });
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.goto(`/cohorts/${SLUG}`);
  await page.getByRole('link', { name: 'Open training in bioinformatics for Uruguayan hospitals' }).click();
  const licence = page.locator('ul.milestones > li', { hasText: 'Licence chosen' });
  if (!(await licence.textContent()).includes('✓')) {
    await licence.getByRole('button', { name: 'Licence chosen' }).click();
    await expect(page.locator('.notice')).toHaveText('Milestone saved.');
  }
  await expect(page.locator('ul.milestones > li', { hasText: 'Licence chosen' })).toContainText('✓');
});

test('the participant reads their track in Spanish and reports a mentor meeting', async ({ page }) => {
  await signIn(page, DEMO.learner);
  await switchLanguage(page, 'es');
  try {
    await page.goto(`/cohorts/${SLUG}/track`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('h1')).toHaveText('Mi recorrido');
    const calls = page.locator('table.stack');
    await expect(calls).toContainText('Welcome to Open Seeds & Tooling for Project Design');
    await expect(calls.locator('tr', { hasText: 'GitHub for beginners' })).toContainText('Ausente');
    await expect(page.locator('ul.milestones')).toContainText('✓');
    const report = page.locator('tr', { hasText: '1st mentor-mentee meeting' });
    const button = report.getByRole('button', { name: 'Asistí' });
    if (await button.count()) {
      await button.click();
      await expect(page.locator('.notice')).toHaveText('Gracias. Tu mentor/a lo confirmará.');
    }
    await expect(page.locator('tr', { hasText: '1st mentor-mentee meeting' })).toContainText(/Esperando|Presente/);
  } finally {
    await switchLanguage(page, 'en');
  }
});

test('the mentor confirms the meeting', async ({ page }) => {
  await signIn(page, DEMO.mentor);
  // Marta reads Spanish (her profile); the other tests rely on that, so it is restored.
  const own = await page.locator('html').getAttribute('lang');
  await switchLanguage(page, 'en');
  try {
    await page.goto(`/cohorts/${SLUG}/track`);
    const confirm = page.locator('section', { hasText: 'Meetings to confirm' });
    if (await confirm.count()) {
      await confirm.locator('li', { hasText: 'Lina Learner' }).first().getByRole('button', { name: 'Confirm' }).click();
      await expect(page.locator('.notice')).toHaveText('Confirmed.');
    }
    await expect(page.locator('section', { hasText: 'Meetings to confirm' })).toHaveCount(0);
  } finally {
    await switchLanguage(page, own);
  }
});

test('the dashboard highlights who falls behind, with charts and a CSV', async ({ page }) => {
  await signIn(page, DEMO.organizer);
  await page.goto(`/cohorts/${SLUG}/dashboard`);
  await expect(page.locator('h1')).toHaveText('Cohort dashboard');
  const lina = page.locator('table.matrix tbody tr', { hasText: 'Lina Learner' });
  await expect(lina).toHaveClass(/behind/);
  await expect(lina).toContainText('Missed calls in a row');
  await expect(page.locator('figure svg')).toHaveCount(2);
  await expect(page.locator('figure svg title').first()).toHaveText('Attendance per week');
  // Only those falling behind: Lina stays, people without an account yet go.
  await page.getByLabel('Only those falling behind').check();
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.locator('table.matrix tbody tr')).toHaveCount(1);
  const csv = await page.request.get(`/cohorts/${SLUG}/export/dashboard.csv`);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('Lina Learner');
  expect(text).toContain('Missed calls in a row');
});

test('the personal calendar feed parses as iCalendar', async ({ page }) => {
  await signIn(page, DEMO.learner);
  await page.goto(`/cohorts/${SLUG}`);
  const href = await page.getByRole('link', { name: 'My calls' }).getAttribute('href');
  // A calendar app fetches without the session: the link itself is the key.
  const res = await page.request.get(href, { headers: { cookie: '' } });
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/calendar');
  const cal = new ICAL.Component(ICAL.parse(await res.text()));
  const events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  expect(events.length).toBeGreaterThan(10);
  const welcome = events.find((e) => e.summary.startsWith('Welcome to Open Seeds & Tooling'));
  expect(welcome.startDate.toJSDate().toISOString()).toBe('2026-11-11T16:00:00.000Z');
  expect(welcome.duration.toSeconds()).toBe(90 * 60);
  // Mentor training is not in a participant's calendar.
  expect(events.some((e) => e.summary.startsWith('Mentor onboarding'))).toBe(false);
  const forged = await page.request.get(href.replace(/-[0-9a-f]+\.ics$/, '-0123456789abcdef0123456789abcdef.ics'));
  expect(forged.status()).toBe(404);
});

test('a learner outside the cohort organizers cannot open the dashboard', async ({ page }) => {
  await signIn(page, DEMO.learner);
  const res = await page.goto(`/cohorts/${SLUG}/dashboard`);
  expect(res.status()).toBe(403);
});

test('the cohort pages have no axe violations', async ({ page }) => {
  test.skip(test.info().project.name !== 'js', 'axe-core runs inside the page, so with JavaScript on');
  const AxeBuilder = require('@axe-core/playwright').default;
  const audit = async (url) => {
    const res = await page.goto(url);
    expect(res.status(), url).toBeLessThan(400);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const report = results.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
    expect.soft(results.violations.map((v) => v.id), `axe on ${url}:\n${report}`).toEqual([]);
  };
  await signIn(page, DEMO.organizer);
  await page.goto(`/cohorts/${SLUG}`);
  const project = await page.getByRole('link', { name: 'Open training in bioinformatics for Uruguayan hospitals' }).getAttribute('href');
  const attendanceLink = await page.locator('li.call', { hasText: 'GitHub for beginners' }).getByRole('link', { name: 'Take attendance' }).getAttribute('href');
  for (const url of ['/admin/cohorts', '/cohorts', `/cohorts/${SLUG}`, `/cohorts/${SLUG}/dashboard`, project, attendanceLink]) {
    await audit(url);
  }
  await signIn(page, DEMO.learner);
  await audit(`/cohorts/${SLUG}/track`);
});
