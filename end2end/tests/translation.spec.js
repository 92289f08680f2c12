// The translator workspace: a MetaDocencia translator (Portuguese interface) finds a missing
// Portuguese string, tries a wrong variable and is told why, writes it with a plural
// selector, sees the preview, saves; the page in Portuguese shows it at once, and the file
// on disk differs from before only in that message. With JavaScript the preview is live and
// the selector skeleton can be inserted; without it, the "Preview" button does the same.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const { DEMO, signIn } = require('./helpers');

const LOCALES = process.env.E2E_LOCALES_DIR;

// Each project translates its own missing string (the server's locale files are a copy).
const CASES = {
  js: {
    id: 'translate-strings-done',
    wrong: '{ $feitos } de { $total } textos traduzidos',
    missingVar: '$done',
    body: '{ $done ->\n    [one] { $done } de { $total } texto da interface traduzido\n   *[other] { $done } de { $total } textos da interface traduzidos\n}',
    preview: '1 de 1 texto da interface traduzido',
    shown: /\d+ de \d+ textos da interface traduzidos/,
  },
  nojs: {
    id: 'translate-lessons-state',
    wrong: '{ $total } lições, { $faltam } faltando, { $outdated } desatualizadas',
    missingVar: '$missing',
    body: '{ $total ->\n    [one] Uma lição\n   *[other] { $total } lições\n}: { $missing } faltando, { $outdated } desatualizadas',
    preview: 'Uma lição: 1 faltando, 1 desatualizadas',
    shown: /\d+ lições: \d+ faltando, \d+ desatualizadas/,
  },
};

/** The lines `after` adds to `before`, which must lose none: [first line, added lines]. */
function addedLines(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { removed: a.slice(start, a.length - end), added: b.slice(start, b.length - end) };
}

test('a translator translates a missing Portuguese string with a plural selector', async ({ page }, testInfo) => {
  if (!LOCALES) throw new Error('E2E_LOCALES_DIR must name the server\'s locales folder (scripts/test.sh sets it)');
  const c = CASES[testInfo.project.name];
  const file = path.join(LOCALES, 'pt', 'translation.ftl');
  const before = fs.readFileSync(file, 'utf8');
  expect(before).not.toContain(`${c.id} =`);

  await signIn(page, DEMO.translator);
  await page.getByRole('link', { name: 'Traduzir' }).click();
  await expect(page.locator('h1')).toHaveText('Tradução');
  const card = page.locator('section', { has: page.getByRole('heading', { name: 'português' }) });
  await card.getByRole('row', { name: /translation\.ftl/ }).getByRole('link', { name: /^\d+$/ }).first().click();
  await expect(page.getByRole('link', { name: 'Faltando' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: c.id }).click();
  await expect(page.locator('h1')).toHaveText(c.id);
  await expect(page.locator('pre.source')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.plural-help')).toContainText('one many other');

  // A wrong variable: refused, said why, and what was typed stays.
  const body = page.locator('#f-body');
  await body.fill(c.wrong);
  await page.getByRole('button', { name: 'Salvar' }).click();
  await expect(page.locator('#f-body-error')).toContainText(`O inglês usa ${c.missingVar}: a tradução também deve usar.`);
  await expect(body).toHaveValue(c.wrong);
  expect(fs.readFileSync(file, 'utf8')).toBe(before);

  if (testInfo.project.name === 'js') {
    // The skeleton goes in with a click; the preview follows the typing.
    await body.fill('');
    await page.locator('.plural-help summary').click();
    await page.getByRole('button', { name: 'Inserir este seletor' }).click();
    await expect(body).toHaveValue(/\[many\]/);
    await body.fill(c.body);
    await expect(page.locator('#preview')).toContainText(c.preview);
  } else {
    await body.fill(c.body);
    await page.getByRole('button', { name: 'Pré-visualizar' }).click();
    await expect(page.locator('#preview')).toContainText(c.preview);
    await expect(body).toHaveValue(c.body);
  }
  await page.getByRole('button', { name: 'Salvar' }).click();
  await expect(page.locator('.notice')).toHaveText('Salvo. O site já mostra o texto novo.');
  await expect(page.locator('#h-history')).toBeVisible();

  // The Portuguese page shows it at once.
  await page.goto('/translate');
  await expect(page.locator('main')).toContainText(c.shown);

  // On disk: only the new message was added, where English has it.
  const after = fs.readFileSync(file, 'utf8');
  const { removed, added } = addedLines(before, after);
  expect(removed).toEqual([]);
  expect(added[0]).toMatch(new RegExp(`^${c.id} =`));
  expect(added.every((l, i) => i === 0 || l === '' || l.startsWith(' '))).toBe(true);
});

test('a learner cannot open the workspace', async ({ page }) => {
  await signIn(page, DEMO.learner);
  const r = await page.goto('/translate');
  expect(r.status()).toBe(403);
});
