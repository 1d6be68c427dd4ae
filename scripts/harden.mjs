// Post-build hardening of dist/index.html for a strict Content-Security-Policy:
// Trunk's inline module loader moves into its own file, and the page gets a
// policy with no inline script and no eval except 'wasm-unsafe-eval'.
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
