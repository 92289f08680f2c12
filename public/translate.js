// The translator's message editor (about 1 KB, no framework): a live preview of what is
// typed, rendered by the server in the target language with sample arguments, and a button
// that inserts a plural selector skeleton. Without JavaScript the "Preview" button does the
// same through a round trip.
const form = document.getElementById('message-form');
const body = document.getElementById('f-body');
const out = document.getElementById('preview');
const err = document.getElementById('preview-error');
const insert = document.getElementById('insert-skeleton');
let timer;

function show(rows) {
  out.replaceChildren(...rows.flatMap(([args, value]) => {
    const dt = document.createElement('dt');
    dt.lang = 'en';
    const code = document.createElement('code');
    code.textContent = args || '—';
    dt.append(code);
    const dd = document.createElement('dd');
    dd.className = 'prewrap';
    dd.textContent = value;
    return [dt, dd];
  }));
}

async function preview() {
  const data = new URLSearchParams();
  for (const k of ['locale', 'file', 'id']) data.set(k, form.dataset[k]);
  data.set('body', body.value);
  data.set('csrf', form.querySelector('input[name=csrf]').value);
  try {
    const r = await fetch('/api/preview_message', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: data,
    });
    const text = await r.text();
    if (!r.ok) {
      err.textContent = text.replace(/^[A-Za-z]*Error\|/, '');
      err.hidden = false;
      return;
    }
    err.hidden = true;
    show(JSON.parse(text));
  } catch {
    // The saved preview stays; the "Preview" button still works.
  }
}

if (form && body && out) {
  body.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(preview, 300);
  });
  if (insert) {
    insert.hidden = false;
    insert.addEventListener('click', () => {
      const skeleton = document.getElementById('skeleton').textContent;
      const start = body.selectionStart ?? body.value.length;
      body.setRangeText(skeleton, start, body.selectionEnd ?? start, 'end');
      body.focus();
      preview();
    });
  }
}
