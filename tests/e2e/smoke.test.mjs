// The release build loads and shows a result, with no errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, page } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

test('the app loads and shows a total', async () => {
  const errors = [];
  const context = await chrome.newContext();
  const p = await page(context, errors);
  // Served as a host serves dist/: the precompressed brotli copies.
  const encodings = {};
  p.on('response', (r) => { encodings[new URL(r.url()).pathname.split('.').pop()] = r.headers()['content-encoding']; });
  await p.goto(server.url);
  await p.waitForSelector('#total');
  assert.match(await p.textContent('#total'), /\d/);
  assert.equal(encodings.wasm, 'br');
  assert.equal(encodings.js, 'br');
  // The page carries its stylesheet (allowed by its hash), so the first
  // screen paints without waiting for another file.
  assert.equal(encodings['/'], 'br', 'the page itself');
  assert.equal(encodings.css, undefined, 'no stylesheet request');
  assert.equal(await p.evaluate(() => getComputedStyle(document.querySelector('.sr-only')).position), 'absolute', 'styled');
  assert.deepEqual(errors, []);
  await context.close();
});
