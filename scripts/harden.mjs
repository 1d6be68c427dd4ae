// Post-build hardening of dist/index.html for a strict Content-Security-Policy:
// Trunk's inline module loader moves into its own file, and the page gets a
// policy with no inline script and no eval except 'wasm-unsafe-eval'.
//
// The stylesheet is then written into index.html and ask.html, each page's
// policy allowing exactly that text by its hash (no 'unsafe-inline'): the
// prerendered first screen paints as soon as the HTML has arrived, instead
// of a round trip later, sharing a phone's bandwidth with the wasm
// (BENCHMARKS.md: first figures 513 → 379 ms on the mobile profile).
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const dist = process.argv[2] ?? 'dist';
const path = join(dist, 'index.html');
let html = await readFile(path, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (found) {
  const body = found[1].trim() + '\n';
  const name = `boot-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
  await writeFile(join(dist, name), body);
  html = html.replace(inline, `<script type="module" src="/${name}"></script>`);
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('harden: an inline script is left in index.html');
  process.exit(1);
}
if (!html.includes('Content-Security-Policy')) {
  html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
}
await writeFile(path, html);
console.log(`harden: ${path} has no inline script; CSP: ${CSP}`);

for (const page of ['index.html', 'ask.html']) {
  const at = join(dist, page);
  let text = await readFile(at, 'utf8');
  const link = text.match(/<link rel="stylesheet" href="\/(app-[0-9a-f]+\.css)"[^>]*>/);
  if (!link) continue;
  const css = await readFile(join(dist, link[1]), 'utf8');
  if (css.includes('</')) {
    console.error(`harden: ${link[1]} cannot be written inside a <style> element`);
    process.exit(1);
  }
  const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  text = text.replace(link[0], () => `<style>${css}</style>`);
  const policy = /(<meta http-equiv="Content-Security-Policy" content="[^"]*style-src 'self')/;
  if (!policy.test(text)) {
    console.error(`harden: ${page} has no policy to allow its style by hash`);
    process.exit(1);
  }
  text = text.replace(policy, `$1 ${hash}`);
  await writeFile(at, text);
  console.log(`harden: ${page} carries its stylesheet, allowed by ${hash}`);
}
