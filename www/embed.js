// Tierwise's embed loader, served from the calculator's origin. On a help
// page, one line per calculator:
//
//   <div data-tierwise="ask"></div>
//   <script src="https://calculator.example/embed.js" async></script>
//
// It puts a frame of the calculator in each placeholder and sizes every
// Tierwise frame on the page (plain iframes too) to its content, from the
// height the calculator posts. Messages count only from the calculator's
// origin and from one of its frames. Placeholder attributes:
//   data-tierwise   "ask" (what does it cost me), "compact" or "full"
//   data-preset     a built-in scenario for "compact" and "full"
//                   (import-20th, import-after-update, …)
//   data-lang       en, sv or pl
//   data-title      the frame's title, for screen readers
(() => {
  const script = document.currentScript;
  if (!script) return;
  const base = new URL('.', script.src);
  const origin = base.origin;

  function mount(el) {
    if (el.querySelector('iframe')) return;
    const mode = el.getAttribute('data-tierwise') || 'ask';
    // The question has a small page of its own; the other modes are the app.
    const page = mode === 'ask' ? 'ask.html' : 'index.html';
    const query = ['embed'];
    if (mode === 'compact') query.push(mode);
    for (const key of ['preset', 'lang']) {
      const value = el.getAttribute(`data-${key}`);
      if (value) query.push(`${key}=${encodeURIComponent(value)}`);
    }
    const frame = document.createElement('iframe');
    frame.src = new URL(`${page}?${query.join('&')}`, base).href;
    frame.title = el.getAttribute('data-title') || 'Marketing contacts cost calculator';
    frame.loading = 'lazy';
    // Set through the CSSOM, which a strict style-src allows.
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.height = mode === 'ask' ? '720px' : '900px';
    el.appendChild(frame);
  }

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (event.origin !== origin || !data || data.tierwise !== 'height') return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height < 50 || height > 20000) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height)}px`;
    }
  });

  const mountAll = () => document.querySelectorAll('[data-tierwise]').forEach(mount);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
  // Placeholders a help centre adds later (pages drawn by script) too.
  new MutationObserver(mountAll).observe(document.documentElement, { childList: true, subtree: true });
})();
