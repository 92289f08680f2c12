// Exercises and mentor grading, as people do it: the learner answers a multiple-choice
// question and sees why, writes an answer and hands in a notebook (a broken one first); the
// mentor (who reads Spanish) opens the queue, grades with the rubric and asks for a revision;
// the learner gets the mail, resubmits; the mentor accepts; the gradebook and its CSV show it.
// JavaScript on (project js, lesson 01-js) and off (project nojs, lesson 02-nojs).
const path = require('path');
const { test, expect } = require('@playwright/test');
const { DEMO, signIn, signOut, waitForMail } = require('./helpers');

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'notebooks');

test('a learner hands in work and a mentor grades it with the rubric', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const lesson = testInfo.project.name === 'js' ? '01-js' : '02-nojs';
  const url = `/courses/e2e-exercises/${lesson}`;
  const title = `Practice round (${testInfo.project.name})`;
  // Nothing a notebook carries may run: no dialog, no script setting a global.
  page.on('dialog', (d) => {
    throw new Error(`a notebook opened a dialog: ${d.message()}`);
  });

  await signIn(page, DEMO.learner);
  // Only enrolled learners hand in work; the second project finds them enrolled already.
  await page.goto('/courses/e2e-exercises');
  const enroll = page.getByRole('button', { name: 'Enroll in this course' });
  if (await enroll.count()) await enroll.click();
  await page.goto(url);
  const choice = page.locator('#exercise-pick-kernel');
  await expect(choice.getByText('Right answer')).toHaveCount(0);
  await choice.getByLabel('The browser').check();
  await choice.getByRole('button', { name: 'Check my answer' }).click();
  await expect(choice.locator('.result')).toContainText('Not quite');
  await expect(choice).toContainText('The browser shows the notebook; it does not run Python.');
  await choice.getByLabel('The kernel').check();
  await choice.getByRole('button', { name: 'Answer again' }).click();
  await expect(choice.locator('.result')).toContainText('Right!');
  await expect(choice.locator('.exercise-status')).toContainText('1 of 1 point');

  const written = page.locator('#exercise-explain-hub');
  await written.getByLabel('Your answer').fill('A hub gives everyone a Jupyter server.');
  await written.getByRole('button', { name: 'Send to my mentor' }).click();
  await expect(page.locator('.notice')).toContainText('Sent. Your mentor will read it.');
  await expect(page.locator('#exercise-explain-hub .exercise-status')).toContainText('Waiting for a mentor');

  const nb = page.locator('#exercise-hand-in-notebook');
  await nb.getByLabel('Notebook file (.ipynb)').setInputFiles(path.join(FIXTURES, 'broken.ipynb'));
  await nb.getByRole('button', { name: 'Send to my mentor' }).click();
  await expect(page.locator('#exercise-hand-in-notebook .form-error')).toContainText('its JSON breaks at line 4');
  await page.locator('#exercise-hand-in-notebook').getByLabel('Notebook file (.ipynb)').setInputFiles(path.join(FIXTURES, 'analysis.ipynb'));
  await page.locator('#exercise-hand-in-notebook').getByRole('button', { name: 'Send to my mentor' }).click();
  await expect(page.locator('#exercise-hand-in-notebook .exercise-status')).toContainText('Waiting for a mentor');
  await signOut(page);

  // The mentor's queue (in Spanish), filtered to this course and waiting work.
  await signIn(page, DEMO.mentor);
  await page.getByRole('link', { name: 'Corrección' }).click();
  await page.getByLabel('Curso').selectOption('e2e-exercises');
  await page.getByRole('button', { name: 'Mostrar' }).click();
  const rows = page.locator('table.queue tbody tr', { hasText: title });
  await expect(rows).toHaveCount(2);

  // The notebook, rendered safely; accept it with the rubric.
  await rows.filter({ hasText: 'Ejercicio 3' }).getByRole('link', { name: 'Lina Learner' }).click();
  const notebook = page.locator('.notebook');
  await expect(notebook.locator('h1')).toHaveText('Análisis de datos');
  await expect(notebook.locator('.nb-error .ansi-red').first()).toBeVisible();
  await expect(notebook.locator('.nb-html table')).toBeVisible();
  await expect(notebook.locator('img.nb-image')).toHaveAttribute('alt', '<Figure size 640x480>');
  await expect(notebook.locator('script')).toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await page.getByLabel(/Runs/).check();
  if (testInfo.project.name === 'js') await expect(page.locator('#rubric-total')).toHaveText('3');
  await page.locator('#decision-accept').check();
  await page.getByRole('button', { name: 'Guardar la calificación' }).click();
  await expect(page.locator('.notice')).toContainText('Calificación guardada');

  // The written answer: rubric levels, feedback, and a revision.
  await page.locator('table.queue tbody tr', { hasText: title }).filter({ hasText: 'Ejercicio 2' }).getByRole('link', { name: 'Lina Learner' }).click();
  await expect(page.locator('.answer')).toContainText('A hub gives everyone a Jupyter server.');
  await page.getByRole('group', { name: /Accuracy/ }).getByLabel(/Right/).check();
  await page.getByRole('group', { name: /Clarity/ }).getByLabel(/Unclear/).check();
  if (testInfo.project.name === 'js') await expect(page.locator('#rubric-total')).toHaveText('2');
  await page.getByLabel('Comentarios para quien aprende').fill('Good start. Say **who** can use it.');
  await page.locator('#decision-revise').check();
  await page.getByRole('button', { name: 'Guardar la calificación' }).click();
  await expect(page.locator('.notice')).toContainText('Calificación guardada');
  await signOut(page);

  // The learner is told by mail, in English, with a link to the exercise.
  await expect
    .poll(async () => (await waitForMail(DEMO.learner, 'grading-revision')).includes(title), { timeout: 30_000 })
    .toBe(true);
  const mail = await waitForMail(DEMO.learner, 'grading-revision');
  expect(mail).toContain('Subject: Your mentor asks for a revision');
  expect(mail).toContain(`${url}#exercise-explain-hub`);

  await signIn(page, DEMO.learner);
  await page.goto(`${url}#exercise-explain-hub`);
  await expect(written.locator('.exercise-status')).toContainText('Revision asked');
  await expect(written.locator('.feedback strong')).toHaveText('who');
  await written.getByLabel('Your answer').fill('A hub gives everyone at our institute a Jupyter server, with shared data.');
  await written.getByRole('button', { name: 'Send my new version' }).click();
  await expect(page.locator('#exercise-explain-hub .exercise-status')).toContainText('New version waiting');
  await expect(page.locator('#exercise-explain-hub ol.attempts > li')).toHaveCount(2);
  await expect(page.locator('#exercise-hand-in-notebook .exercise-status')).toContainText('Accepted');
  await signOut(page);

  // The mentor accepts the new version.
  await signIn(page, DEMO.mentor);
  await page.goto('/grading?course=e2e-exercises&state=resubmitted');
  await page.locator('table.queue tbody tr', { hasText: title }).getByRole('link', { name: 'Lina Learner' }).click();
  await page.getByRole('group', { name: /Accuracy/ }).getByLabel(/Right/).check();
  await page.getByRole('group', { name: /Clarity/ }).getByLabel(/^Clear/).check();
  await page.locator('#decision-accept').check();
  await page.getByRole('button', { name: 'Guardar la calificación' }).click();
  await expect(page.locator('.notice')).toContainText('Calificación guardada');

  // The gradebook and its CSV.
  await page.goto('/grading/gradebook?course=e2e-exercises');
  const row = page.locator('table.gradebook tbody tr', { hasText: 'Lina Learner' });
  const offset = testInfo.project.name === 'js' ? 0 : 3;
  const cells = row.locator('td');
  await expect(cells.nth(offset)).toHaveText('1');
  await expect(cells.nth(offset + 1)).toHaveText('3');
  await expect(cells.nth(offset + 2)).toHaveText('3');
  const csv = await page.request.get('/grading/gradebook.csv?course=e2e-exercises');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = (await csv.body()).toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const line = text.split('\n').find((l) => l.startsWith('Lina Learner'));
  expect(line.split(',').slice(2 + offset, 5 + offset)).toEqual(['1', '3', '3']);
  await signOut(page);
});

test('a learner cannot open the grading pages', async ({ page }) => {
  await signIn(page, DEMO.learner);
  const queue = await page.goto('/grading');
  expect(queue.status()).toBe(403);
  const csv = await page.request.get('/grading/gradebook.csv?course=e2e-exercises');
  expect(csv.status()).toBe(403);
});
