// The first screen before the app starts. The page's HTML holds the
// calculator's (or the embed question's) first screen, prerendered at build
// time for the default scenario on the build day, in English
// (src/prerender.rs). Until the app replaces it, this script keeps it
// honest:
// - its inputs take no typing and its buttons and file picker no clicks
//   (nothing typed or chosen could be lost), and a line says the
//   calculator is starting;
// - on another day than the build day, the figures are marked as the build
//   day's, updating;
// - for a shared link, a saved session, a language other than English or an
//   address that changes what is shown, the default's figures are hidden and
//   the line says the scenario is opening;
// - if the app cannot start (no WebAssembly, its files do not arrive), the
//   line says so, and the figures are marked as not live;
// - when the app takes over, the field that had the focus has it again.
// Its words are the Fluent messages `first-screen-*` in every language,
// which the prerender writes into the root's `data-texts`; the language is
// chosen as the app chooses it (`?lang=`, the last choice, the browser's).
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
  let texts = {};
  try { texts = JSON.parse(root.getAttribute('data-texts') || '{}'); } catch { /* English below */ }
  const tag = params.get('lang') || stored('tierwise.v1.lang') || navigator.language || 'en';
  const primary = tag.split(/[-_]/)[0].toLowerCase();
  const lang = texts[primary] ? primary : 'en';
  const words = texts[lang] || texts.en || {};
  const embed = params.has('embed');
  const elsewhere = /(^|[#&])s=/.test(location.hash)
    || params.has('preset') || params.has('compact')
    || lang !== 'en'
    || (!embed && stored('tierwise.v1.last') !== null);
  const locale = lang === 'en' ? 'en-US' : (navigator.language.toLowerCase().startsWith(lang) ? navigator.language : lang);
  const builtDay = new Date(`${built}T00:00`).toLocaleDateString(locale, { dateStyle: 'medium' });
  const say = (key, fallback) => (words[key] || fallback).replace('{day}', builtDay);

  const note = document.createElement('p');
  note.className = 'first-screen-note';
  note.setAttribute('role', 'status');
  note.lang = lang;
  root.prepend(note);
  root.setAttribute('aria-busy', 'true');
  // Times in the visitor's own zone are the app's to write.
  for (const el of root.querySelectorAll('[data-viewer-at]')) el.hidden = true;
  // Nothing can be typed or chosen before the app reads it: text fields
  // are read-only (they keep the focus), the rest disabled, a file picker
  // too (read-only means nothing to it).
  for (const el of root.querySelectorAll('input, select, textarea, button')) {
    if (el.matches('textarea, input:not([type="file"])')) el.readOnly = true; else el.disabled = true;
  }
  if (elsewhere) {
    root.classList.add('first-screen-opening');
    note.textContent = say('opening', 'Opening your scenario…');
  } else if (today !== built) {
    root.classList.add('first-screen-other-day');
    note.textContent = say('otherDay', `These figures are for ${builtDay}; updating to today…`);
  } else if (root.id === 'ask') {
    note.textContent = say('startingQuestion', 'Starting: you can change the question in a moment.');
  } else {
    note.textContent = say('starting', 'Starting the calculator: you can change the figures in a moment.');
  }

  // The field the person was in, given back when the app replaces this
  // screen (the app draws the same ids).
  let focused = null;
  root.addEventListener('focusin', (e) => { focused = e.target.id || null; });
  // The app clears this screen first and draws its own after, so wait for
  // the field to be back (a few seconds at most).
  let giveUp = null;
  const observer = new MutationObserver(() => {
    if (root.contains(note)) return;
    giveUp ??= setTimeout(() => observer.disconnect(), 5000);
    const again = focused && document.getElementById(focused);
    if (again && document.activeElement === document.body) again.focus();
    if (!focused || again) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });

  const failed = () => {
    if (!root.isConnected || !root.contains(note)) return;
    root.classList.add('first-screen-failed');
    root.removeAttribute('aria-busy');
    note.setAttribute('role', 'alert');
    note.textContent = say('failed', 'The calculator could not start in this browser (its files did not load, or WebAssembly is not available). The figures below are an example for '
      + `${builtDay}, not live. Reload the page to try again.`);
  };
  if (typeof WebAssembly !== 'object') failed();
  // The app's module or its wasm did not arrive, or did not start: a
  // script that fails to load, or fails as it runs, before the app has
  // replaced this screen.
  addEventListener('unhandledrejection', failed);
  addEventListener('error', failed, true);
})();
