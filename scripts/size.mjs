// Size gate: everything dist/index.html loads at start (scripts, stylesheets,
// the wasm it preloads), compressed as hosts serve it: gzip -9 and brotli
// quality 11. A size check, not a timing test.
//
// Usage: node scripts/size.mjs [dist]
// Budget: SIZE_BUDGET_GZIP (bytes, default below). BENCHMARKS.md says what
// the first load holds and what each change cost.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

// The honest build of issue 16 (libraries the design names, stable Rust):
// 360,087 bytes gzip (290,543 brotli) when the gate was set; 370,000 leaves
// room for the texts of issue 18 until issue 17 moves the gate to brotli.
const BUDGET_GZIP = Number(process.env.SIZE_BUDGET_GZIP ?? 370000);
const dist = process.argv[2] ?? 'dist';
const html = await readFile(join(dist, 'index.html'), 'utf8');
const files = [...new Set([...html.matchAll(/(?:href|src)="\/([^"]+\.(?:js|css|wasm))"/g)].map((m) => m[1]))].sort();
if (files.length === 0) {
  console.error('size gate: dist/index.html loads nothing; build first (scripts/build.sh)');
  process.exit(1);
}
let gz = 0;
let br = 0;
const pad = (n) => String(n).padStart(9);
console.log(`${'gzip -9'.padStart(9)}${'brotli 11'.padStart(10)}  file`);
for (const f of files) {
  const bytes = await readFile(join(dist, f));
  const g = gzipSync(bytes, { level: 9 }).length;
  const b = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  gz += g;
  br += b;
  console.log(`${pad(g)} ${pad(b)}  ${f}`);
}
console.log(`${pad(gz)} ${pad(br)}  total (budget ${BUDGET_GZIP} gzip)`);
if (gz > BUDGET_GZIP) {
  console.error(`size gate: over budget by ${gz - BUDGET_GZIP} bytes gzip`);
  process.exit(1);
}
