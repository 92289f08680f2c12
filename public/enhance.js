// Progressive enhancement for the reading pages (about 1 KB, no framework, no wasm): moving
// between lessons and marking one complete swap the page's <main> instead of reloading the
// whole page. Without JavaScript, or if anything goes wrong, the plain links and forms work
// as they always do.
const same = (url) => new URL(url, location.href).origin === location.origin;

async function swap(response, push) {
  if (!response.ok && response.status !== 404) throw new Error(String(response.status));
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const main = doc.querySelector('main');
  if (!main) throw new Error('no main');
  document.querySelector('main').replaceWith(main);
  document.title = doc.title;
  document.documentElement.lang = doc.documentElement.lang;
  if (push) history.pushState({}, '', response.url);
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

async function go(url, push = true) {
  try {
    await swap(await fetch(url, { headers: { Accept: 'text/html' } }), push);
  } catch {
    location.href = url;
  }
}

document.addEventListener('click', (e) => {
  const a = e.target.closest('main a[href^="/courses/"]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  if (!same(a.href) || a.pathname.includes('/images/')) return;
  e.preventDefault();
  go(a.href);
});

document.addEventListener('submit', async (e) => {
  const form = e.target;
  if (form.getAttribute('action') !== '/api/complete_lesson') return;
  e.preventDefault();
  try {
    const response = await fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      headers: { Accept: 'text/html' },
    });
    await swap(response, true);
  } catch {
    form.submit();
  }
});

window.addEventListener('popstate', () => go(location.href, false));
document.documentElement.dataset.enhanced = 'true';
