// Post-build minifying of a release dist/, run after `trunk build --release`
// and before harden.mjs (scripts/build.sh runs all of it):
//
// 1. The glue, the JS snippets and the CSS are minified (terser, csso).
// 2. The Subresource Integrity hashes in index.html are recomputed for every
//    file that changed.
//
// The wasm itself is shrunk by binaryen's own passes (`wasm-opt -Oz`, run by
// Trunk), never rewritten here.
//
// Usage: node scripts/minify.mjs [dist]
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify as minifyJs } from 'terser';
import { minify as minifyCss } from 'csso';

const dist = process.argv[2] ?? 'dist';
const fail = (msg) => {
  console.error(`minify: ${msg}`);
  process.exit(1);
};

const indexPath = join(dist, 'index.html');
let html = await readFile(indexPath, 'utf8');
const files = await readdir(dist);
const glue = files.find((f) => /^app-[0-9a-f]+\.js$/.test(f));
const css = files.find((f) => /^app-[0-9a-f]+\.css$/.test(f));
if (!glue || !css) fail(`no release build in ${dist}`);

const js = await readFile(join(dist, glue), 'utf8');
if (js.includes('/* minified */')) {
  console.log('minify: already done');
  process.exit(0);
}
const minJs = await minifyJs(js, { module: true, compress: true, mangle: true });
await writeFile(join(dist, glue), `/* minified */${minJs.code}\n`);

const changed = [glue, css];
const cssText = await readFile(join(dist, css), 'utf8');
await writeFile(join(dist, css), minifyCss(cssText).css);
const snippets = join(dist, 'snippets');
for (const entry of await readdir(snippets, { recursive: true }).catch(() => [])) {
  if (!entry.endsWith('.js')) continue;
  const path = join(snippets, entry);
  const min = await minifyJs(await readFile(path, 'utf8'), { module: true, compress: true, mangle: true });
  await writeFile(path, min.code);
  changed.push(`snippets/${entry}`);
}

// Subresource Integrity: recompute each changed file's sha384.
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/$-]/g, '\\$&');
for (const file of changed) {
  const digest = createHash('sha384').update(await readFile(join(dist, file))).digest('base64');
  const attr = new RegExp(`(href="/${escape(file)}"[^>]*?integrity=")sha384-[^"]+"`);
  if (attr.test(html)) html = html.replace(attr, `$1sha384-${digest}"`);
}
await writeFile(indexPath, html);
console.log(`minify: ${changed.length} files minified`);
