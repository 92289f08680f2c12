// Loaded only by pages that contain an island (see app/src/components/password.rs): fetches
// the wasm bundle and wakes each <leptos-island> the server rendered. Pages without islands
// never load it, so reading a lesson costs no JavaScript at all.
const mod = await import('/pkg/academy.js');
await mod.default({ module_or_path: '/pkg/academy.wasm' });
mod.hydrate();
for (const el of document.querySelectorAll('leptos-island')) {
  const wake = mod[el.dataset.component];
  if (wake) {
    wake(el);
  } else {
    console.warn(`no island named ${el.dataset.component} in the bundle`);
  }
}
document.documentElement.dataset.hydrated = 'true';
