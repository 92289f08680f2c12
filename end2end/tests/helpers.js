// Shared steps for the browser tests. Everything here goes through the UI a person uses
// (plain HTML forms), so it works the same with JavaScript on or off.
const fs = require('fs');
const path = require('path');
const { expect } = require('@playwright/test');

const DEMO_PASSWORD = 'catalyst-demo';
const DEMO = {
  admin: 'admin@demo.academy',
  organizer: 'organizer@demo.academy',
  mentor: 'mentor@demo.academy',
  translator: 'translator@demo.academy',
  learner: 'learner@demo.academy',
  lead: 'lead@demo.academy',
};

// Texts from locales/{en,es,pt}/main.ftl that the tests look for.
const TEXT = {
  en: {
    homeTitle: 'Welcome to Catalyst Academy',
    welcomeBack: (name) => `Welcome back, ${name}.`,
    signIn: 'Sign in',
    signOut: 'Sign out',
    signInFailed: 'The email address or the password is not correct.',
    invitationSent: 'The invitation has been sent.',
    accountCreated: 'Your account is ready. Sign in with your email address and new password.',
    forbidden: 'You do not have permission to see this page.',
    show: 'Show',
    hide: 'Hide',
  },
  es: {
    homeTitle: 'Te damos la bienvenida a Catalyst Academy',
    welcomeBack: (name) => `Qué gusto verte de nuevo, ${name}.`,
    signIn: 'Iniciar sesión',
    signOut: 'Cerrar sesión',
    signInFailed: 'El correo electrónico o la contraseña no son correctos.',
  },
  pt: {
    homeTitle: 'Boas-vindas à Catalyst Academy',
    welcomeBack: (name) => `Que bom ver você de novo, ${name}.`,
    signIn: 'Entrar',
    signOut: 'Sair',
    signInFailed: 'O e-mail ou a senha não estão corretos.',
  },
};

const baseURL = () => process.env.BASE_URL || 'http://127.0.0.1:3100';

/** The sign-out form in the header; present exactly when someone is signed in. */
const signOutForm = (page) => page.locator('form[action="/api/sign_out"]');
/** The header's link to the sign-in page; present exactly when nobody is signed in. */
const signInNavLink = (page) => page.locator('header nav a[href="/login"]');

/**
 * Fills and sends the sign-in form (in whatever language the page is in). Does not check
 * the outcome; see `signIn`.
 */
async function submitSignIn(page, email, password) {
  const here = page.url();
  if (!here.startsWith('http') || new URL(here).pathname !== '/login') {
    await page.goto('/login');
  }
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill(password);
  await page.locator('form[action="/api/sign_in"] button[type="submit"]').click();
  await page.waitForLoadState('load');
}

/** Signs in through the form and checks that it worked (lands on "/" with a sign-out button). */
async function signIn(page, email, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await submitSignIn(page, email, password);
  await expect(signOutForm(page), `signing in as ${email} should succeed`).toHaveCount(1);
  await expect(page).toHaveURL((u) => u.pathname === '/');
}

/** Signs out with the header's button and checks the sign-in link is back. */
async function signOut(page) {
  await signOutForm(page).locator('button[type="submit"]').click();
  await page.waitForLoadState('load');
  await expect(signOutForm(page)).toHaveCount(0);
  await expect(signInNavLink(page)).toBeVisible();
}

/** Chooses a language with the header's switcher and waits for the page in that language. */
async function switchLanguage(page, code) {
  await page.locator(`form[action="/api/set_language"] button[name="locale"][value="${code}"]`).click();
  await page.waitForLoadState('load');
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await expect(
    page.locator(`form[action="/api/set_language"] button[value="${code}"]`),
  ).toHaveAttribute('aria-current', 'true');
}

/** Remembers a language for anonymous visits without using the switcher. */
async function setLanguageCookie(context, code) {
  await context.addCookies([{ name: 'academy_lang', value: code, url: baseURL() }]);
}

// ---------------------------------------------------------------------------------------------
// Mail: the server writes each outgoing message as an .eml file into ACADEMY_MAIL_DIR.

function mailDir() {
  const dir = process.env.ACADEMY_MAIL_DIR;
  if (!dir) throw new Error('ACADEMY_MAIL_DIR is not set: the tests need the directory the server writes mail to');
  return dir;
}

/** Decodes quoted-printable: soft line breaks ("=" at the end of a line) and =XX bytes. */
function decodeQuotedPrintable(text) {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      // Anything else in a QP body is ASCII; keep other characters as UTF-8 anyway.
      for (const b of Buffer.from(c, 'utf8')) bytes.push(b);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Decodes RFC 2047 encoded words (=?utf-8?b?...?= / =?utf-8?q?...?=) in a header value. */
function decodeHeaderValue(value) {
  return value.replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_, _charset, enc, data) => {
    if (enc.toLowerCase() === 'b') return Buffer.from(data, 'base64').toString('utf8');
    return decodeQuotedPrintable(data.replace(/_/g, ' '));
  });
}

/**
 * Parses one single-part message: returns { headers, body } with header names lower-cased,
 * folded header lines joined, and the body decoded from its Content-Transfer-Encoding
 * (quoted-printable, base64, or as it is).
 */
function parseMail(raw) {
  const text = raw.replace(/\r\n/g, '\n');
  const split = text.indexOf('\n\n');
  const head = split >= 0 ? text.slice(0, split) : text;
  let body = split >= 0 ? text.slice(split + 2) : '';
  const headers = {};
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const m = line.match(/^([^:\s]+):\s*(.*)$/);
    if (m) headers[m[1].toLowerCase()] = decodeHeaderValue(m[2].trim());
  }
  const cte = (headers['content-transfer-encoding'] || '').toLowerCase();
  if (cte === 'quoted-printable') body = decodeQuotedPrintable(body);
  else if (cte === 'base64') body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  else if (/=\n|=[0-9A-F]{2}/.test(body)) body = decodeQuotedPrintable(body);
  return { headers, body };
}

/**
 * Waits (up to `timeoutMs`, 20 s by default) for a mail of `kind` ("invitation",
 * "password-reset": the file name is NNNNNN-<kind>.eml) addressed to `to`, and returns its
 * decoded text: the Subject line, a blank line, then the body.
 */
async function waitForMail(to, kind, { timeoutMs = 20_000 } = {}) {
  const dir = mailDir();
  const want = to.toLowerCase();
  const deadline = Date.now() + timeoutMs;
  const seen = new Set();
  for (;;) {
    let names = [];
    try {
      names = fs.readdirSync(dir);
    } catch (e) {
      if (e.code !== 'ENOENT') throw e; // the server creates the folder with the first mail
    }
    const candidates = names
      .filter((n) => n.endsWith('.eml') && (!kind || n.endsWith(`-${kind}.eml`)) && !seen.has(n))
      .sort()
      .reverse(); // newest first
    for (const name of candidates) {
      let raw;
      try {
        raw = fs.readFileSync(path.join(dir, name), 'utf8');
      } catch {
        continue;
      }
      const { headers, body } = parseMail(raw);
      const recipient = (headers.to || '').toLowerCase();
      if (recipient.includes(want) || (!headers.to && raw.toLowerCase().includes(want))) {
        // The server may still be writing the file: take it once it stops changing.
        await new Promise((r) => setTimeout(r, 200));
        let again;
        try {
          again = fs.readFileSync(path.join(dir, name), 'utf8');
        } catch {
          continue;
        }
        if (again !== raw) continue;
        return `Subject: ${headers.subject || ''}\n\n${body}`;
      }
      // A file whose header block is complete and names someone else will not change.
      if (headers.to) seen.add(name);
    }
    if (Date.now() > deadline) {
      throw new Error(`no ${kind || ''} mail to ${to} appeared in ${dir} within ${timeoutMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * The first absolute link in `text` whose path starts with `prefix` ("/invitation/",
 * "/reset/") followed by a 43-character URL-safe base64 token.
 */
function extractLink(text, prefix) {
  const esc = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = text.match(new RegExp(`https?://[^\\s<>"']*?${esc}[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])`));
  if (!m) throw new Error(`no link with ${prefix}<token> in this mail:\n${text}`);
  return m[0];
}

/** The path part of a link from a mail, to open it on BASE_URL whatever host the mail names. */
function pathOf(link) {
  const u = new URL(link);
  return u.pathname + u.search;
}

/** A unique address for this run and project. */
function uniqueEmail(prefix, testInfo) {
  const rand = Math.random().toString(36).slice(2, 7);
  return `${prefix}-${Date.now()}-${rand}-${testInfo.project.name}@example.org`;
}

/** Where tests put screenshots for people to look at. */
const SCREENSHOT_DIR = path.join(__dirname, '..', 'test-results', 'screenshots');

module.exports = {
  DEMO,
  DEMO_PASSWORD,
  TEXT,
  SCREENSHOT_DIR,
  baseURL,
  signIn,
  submitSignIn,
  signOut,
  switchLanguage,
  setLanguageCookie,
  signOutForm,
  signInNavLink,
  waitForMail,
  parseMail,
  decodeQuotedPrintable,
  extractLink,
  pathOf,
  uniqueEmail,
};
