// Size gate, as hosts serve the files: compressed with brotli (quality 11)
// and gzip (-9). A ceiling that catches regressions, not a budget the
// design bends to: each part may grow at most 5 % over the brotli size it
// measured when it was recorded (scripts/size-baseline.json).
//
// - The page: everything dist/index.html loads at start (scripts, style
//   sheets, the wasm it preloads): one app, advisor and bill check included.
// - The embed's question: everything dist/ask.html loads (the page a help
//   article frames, often on a phone).
// - Each language's texts, loaded when first chosen (index.html's
//   <meta name="tierwise:lang-XX">).
//
// Every file is printed with its size and the recorded one. A change that
// adds on purpose (a named library, prerendered HTML) records the new sizes
// once, itemised in BENCHMARKS.md: `node scripts/size.mjs dist --record`.
// A size check, not a timing test.
// Usage: node scripts/size.mjs [dist] [--record]
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const CEILING = 1.05;
const BASELINE = new URL('./size-baseline.json', import.meta.url);
const args = process.argv.slice(2);
const record = args.includes('--record');
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const baseline = record ? {} : JSON.parse(await readFile(BASELINE, 'utf8'));
const html = await readFile(join(dist, 'index.html'), 'utf8');
const pad = (n, w = 9) => String(n).padStart(w);
/** A file's name without its content hash: app-1a2b3c4d.js → app.js. */
const stable = (f) => f.replace(/-[0-9a-f]{16}(?=[._])/, '');
const sizes = async (f) => {
  const bytes = await readFile(join(dist, f));
  return {
    gz: gzipSync(bytes, { level: 9 }).length,
    br: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
};
let failed = false;
const recorded = {};
async function part(title, key, files) {
  const was = baseline[key] ?? {};
  let gz = 0;
  let br = 0;
  recorded[key] = { files: {} };
  console.log(`\n${title}\n${'gzip -9'.padStart(9)}${'brotli 11'.padStart(10)}${'recorded'.padStart(10)}  file`);
  for (const f of files) {
    const s = await sizes(f);
    gz += s.gz;
    br += s.br;
    recorded[key].files[stable(f)] = s.br;
    console.log(`${pad(s.gz)} ${pad(s.br)} ${pad(was.files?.[stable(f)] ?? '-')}  ${f}`);
  }
  recorded[key].total = br;
  if (record) {
    console.log(`${pad(gz)} ${pad(br)}            total (recorded)`);
    return;
  }
  const ceiling = Math.floor((was.total ?? 0) * CEILING);
  console.log(`${pad(gz)} ${pad(br)} ${pad(was.total ?? '-')}  total (ceiling ${ceiling}, +5 %)`);
  if (br > ceiling) {
    console.error(`size gate: ${title} is ${br} bytes brotli, over its ceiling of ${ceiling} by ${br - ceiling}`);
    failed = true;
  }
}

const first = [...new Set([...html.matchAll(/(?:href|src)="\/([^"]+\.(?:js|css|wasm))"/g)].map((m) => m[1]))].sort();
if (first.length === 0) {
  console.error('size gate: dist/index.html loads nothing; build first (scripts/build.sh)');
  process.exit(1);
}
await part('The page (what index.html loads at start)', 'page', ['index.html', ...first]);

// The question's page: its style sheet, its boot script, its module.
const ask = await readFile(join(dist, 'ask.html'), 'utf8').catch(() => '');
const boot = ask.match(/src="(ask\/boot-[^"]+\.js)"/)?.[1];
if (!boot) {
  console.error('size gate: dist/ask.html loads no module (scripts/build-ask.sh)');
  failed = true;
} else {
  const glue = (await readFile(join(dist, boot), 'utf8')).match(/from '\.\/([^']+\.js)'/)[1];
  const files = ['ask.html', ...[...ask.matchAll(/href="\/([^"]+\.css)"/g)].map((m) => m[1])];
  files.push(...[...ask.matchAll(/<script src="([^"/][^"]*\.js)"/g)].map((m) => m[1]));
  files.push(boot, `ask/${glue}`, `ask/${glue.replace(/\.js$/, '_bg.wasm')}`);
  for (const entry of await readdir(join(dist, 'ask/snippets'), { recursive: true }).catch(() => [])) {
    if (entry.endsWith('.js')) files.push(join('ask/snippets', entry));
  }
  await part("The embed's question (what ask.html loads)", 'ask', files);
}

const langs = [...html.matchAll(/<meta name="tierwise:(lang-[a-z]+)" content="([^"]+)"/g)];
for (const [, name, path] of langs) {
  await part(`On demand: ${name}`, name, [path]);
}
for (const key of Object.keys(baseline)) {
  if (!(key in recorded)) {
    console.error(`size gate: ${key} was recorded but this build has no such part`);
    failed = true;
  }
}
if (record) {
  await writeFile(BASELINE, JSON.stringify(recorded, null, 2) + '\n');
  console.log(`\nrecorded in ${BASELINE.pathname}`);
}
if (failed) process.exit(1);
