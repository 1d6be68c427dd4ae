// Shared by the end-to-end tests: a static server for dist/ on localhost and
// Debian's headless Chromium driven by playwright-core.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUTPUT = join(ROOT, 'test-output');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `dir` (default: the release build in dist/) on a free port, as a
 * host serves it: a file's precompressed `.br` or `.gz` copy where the
 * browser accepts that encoding and the copy exists, the file itself
 * otherwise.
 */
export async function serve(dir = join(ROOT, 'dist')) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(dir, path.endsWith('/') ? join(path, 'index.html') : path);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', vary: 'accept-encoding' };
    for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
      if (!accepts.includes(encoding)) continue;
      try {
        const body = await readFile(file + suffix);
        res.writeHead(200, { ...headers, 'content-encoding': encoding });
        res.end(body);
        return;
      } catch { /* no precompressed copy: try the next, then the file */ }
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

/** Headless Debian Chromium with the flags this offline network needs. */
export async function browser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** A page that fails the test on any console error or uncaught exception. */
export async function page(context, errors) {
  const p = await context.newPage();
  p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  p.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return p;
}

/**
 * For benchmarks and diagnostics: a fresh page with the scenario file at
 * `path` imported, and `edit(n)`, which sets the non-marketing count and
 * returns the milliseconds until the updated DOM is in place (Yew reduces
 * and renders in microtasks after the event; a macrotask then marks the end,
 * before the next frame is painted).
 */
export async function scenarioPage(chrome, url, path) {
  const context = await chrome.newContext();
  const p = await context.newPage();
  await p.goto(url);
  await p.waitForSelector('#total');
  await p.setInputFiles('#import-json', path);
  await p.waitForSelector('#notice');
  const edit = (n) => p.evaluate(async (n) => {
    const input = document.querySelector('#non-marketing');
    const t0 = performance.now();
    input.value = String(20000 + n);
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await new Promise((done) => setTimeout(done, 0));
    return performance.now() - t0;
  }, n);
  return { context, page: p, edit };
}

/** Saves a screenshot under test-output/. */
export async function shot(p, name) {
  await mkdir(OUTPUT, { recursive: true });
  await p.screenshot({ path: join(OUTPUT, name), fullPage: true });
}

/**
 * Opens the app and types in a Professional account, annual term billed
 * monthly, bought 2026-01-01, the way a person fills the account form.
 */
export async function professionalAccount(p, url, { asOf, until, marketing, tier = '2000' }) {
  await p.goto(url);
  await p.waitForSelector('#total');
  await p.selectOption('#edition', 'professional');
  await p.selectOption('#term', 'annual');
  await p.selectOption('#billing', 'monthly');
  await p.fill('#start', '2026-01-01');
  await p.fill('#as-of', asOf);
  await p.fill('#until', until);
  await p.fill('#marketing', marketing);
  await p.selectOption('#tier', tier);
}
