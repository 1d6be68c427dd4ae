// What the first screen does not need, loaded from the app's own origin when
// it is first used: the advisor and bill check module, and the Swedish and
// Polish texts. Paths are relative to the page; a build names them by their
// content (a <meta name="tierwise:PART"> in index.html), the dev server not.
const modules = new Map();
let attempt = 0;

function where(part, fallback) {
  const meta = document.querySelector(`meta[name="tierwise:${part}"]`);
  return new URL(meta?.content || fallback, document.baseURI);
}

/** The analysis module (advisor, bill check), initialised; one load per page. */
export function loadModule(part, fallback) {
  let found = modules.get(part);
  if (!found) {
    const url = where(part, fallback);
    // A failed import may be remembered by the browser: a retry asks again.
    if (attempt > 0) url.searchParams.set('attempt', String(attempt));
    found = import(url.href).then(async (m) => {
      await m.default();
      return m;
    });
    found.catch(() => { modules.delete(part); attempt += 1; });
    modules.set(part, found);
  }
  return found;
}

const texts = new Map();

/** A text file such as a language file, fetched once; an HTTP error fails. */
export function fetchText(part, fallback) {
  let found = texts.get(part);
  if (!found) {
    found = fetch(where(part, fallback), { credentials: 'same-origin' }).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
      return response.text();
    });
    found.catch(() => texts.delete(part));
    texts.set(part, found);
  }
  return found;
}

// In a frame (?embed), the calculator tells the page around it how tall it
// is, so that www/embed.js can size the frame to its content. The height is
// all it says, to any page (it is no secret); the host's loader checks that
// it comes from the calculator's origin and from that frame.
if (window.parent !== window && new URLSearchParams(location.search).has('embed')) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ tierwise: 'height', height }, '*');
    }
  };
  new ResizeObserver(post).observe(document.body);
}
