// What the first screen does not need, loaded from the app's own origin when
// it is first used: the Swedish and Polish texts. Paths are relative to the
// page; a build names them by their content (a <meta name="tierwise:PART">
// in index.html), the dev server not.
function where(part, fallback) {
  const meta = document.querySelector(`meta[name="tierwise:${part}"]`);
  return new URL(meta?.content || fallback, document.baseURI);
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
