// The first screen before the app starts. The page's HTML holds the
// calculator's (or the embed question's) first screen, prerendered at build
// time for the default scenario on the build day, in English
// (src/prerender.rs). Until the app replaces it, this script keeps it
// honest:
// - its inputs take no typing (nothing typed could be lost), and a line
//   says the calculator is starting;
// - on another day than the build day, the figures are marked as the build
//   day's, updating;
// - for a shared link, a saved session, a language other than English or an
//   address that changes what is shown, the default's figures are hidden and
//   the line says the scenario is opening;
// - if the app cannot start (no WebAssembly, its files do not arrive), the
//   line says so, and the figures are marked as not live.
// A classic script, deferred: it runs before the app's module.
(() => {
  const root = document.querySelector('[data-prerendered]');
  if (!root) return;
  const built = root.getAttribute('data-prerendered');
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const params = new URLSearchParams(location.search);
  const stored = (key) => {
    try { return localStorage.getItem(key); } catch { return null; }
  };
  const embed = params.has('embed');
  const lang = params.get('lang') || (embed ? null : stored('tierwise.v1.lang'));
  const elsewhere = /(^|[#&])s=/.test(location.hash)
    || params.has('preset') || params.has('compact')
    || (lang !== null && !/^en\b/i.test(lang))
    || (!embed && stored('tierwise.v1.last') !== null);
  const builtDay = new Date(`${built}T00:00`).toLocaleDateString('en-US', { dateStyle: 'medium' });

  const note = document.createElement('p');
  note.className = 'first-screen-note';
  note.setAttribute('role', 'status');
  root.prepend(note);
  root.setAttribute('aria-busy', 'true');
  // Times in the visitor's own zone are the app's to write.
  for (const el of root.querySelectorAll('[data-viewer-at]')) el.hidden = true;
  // Nothing can be typed before the app reads it.
  for (const el of root.querySelectorAll('input, select, textarea, button')) {
    if (el.matches('input, textarea')) el.readOnly = true; else el.disabled = true;
  }
  if (elsewhere) {
    root.classList.add('first-screen-opening');
    note.textContent = 'Opening your scenario…';
  } else if (today !== built) {
    root.classList.add('first-screen-other-day');
    note.textContent = `These figures are for ${builtDay}; updating to today…`;
  } else {
    note.textContent = 'Starting the calculator: you can change the figures in a moment.';
  }

  const failed = () => {
    if (!root.isConnected || !root.contains(note)) return;
    root.classList.add('first-screen-failed');
    root.removeAttribute('aria-busy');
    note.setAttribute('role', 'alert');
    note.textContent = 'The calculator could not start in this browser (its files did not load, or WebAssembly is not available). The figures below are an example for '
      + `${builtDay}, not live. Reload the page to try again.`;
  };
  if (typeof WebAssembly !== 'object') failed();
  // The app's module or its wasm did not arrive, or did not start: a
  // script that fails to load, or fails as it runs, before the app has
  // replaced this screen.
  addEventListener('unhandledrejection', failed);
  addEventListener('error', failed, true);
})();
