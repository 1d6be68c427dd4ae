// Size gate, as hosts serve the files: compressed with brotli (quality 11)
// and gzip (-9).
//
// - First load: everything dist/index.html loads at start (scripts,
//   stylesheets, the wasm it preloads). Budget: 250,000 bytes brotli.
// - On demand: each part the app loads when first used (the advisor and
//   bill check module, each language's texts), named by index.html's
//   <meta name="tierwise:PART">, with its own budget.
// - The embed's question: everything dist/ask.html loads (the page a help
//   article frames, often on a phone). Budget: 170,000 bytes brotli.
//
// A size check, not a timing test. BENCHMARKS.md says what each holds.
// Usage: node scripts/size.mjs [dist]
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const FIRST_LOAD_BROTLI = Number(process.env.SIZE_BUDGET_BROTLI ?? 250000);
const ASK_BROTLI = 170000;
const ON_DEMAND_BROTLI = { analysis: 215000, 'lang-sv': 10000, 'lang-pl': 10000 };

const dist = process.argv[2] ?? 'dist';
const html = await readFile(join(dist, 'index.html'), 'utf8');
const pad = (n) => String(n).padStart(9);
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
async function part(title, files, budget) {
  let gz = 0;
  let br = 0;
  console.log(`\n${title}\n${'gzip -9'.padStart(9)}${'brotli 11'.padStart(10)}  file`);
  for (const f of files) {
    const s = await sizes(f);
    gz += s.gz;
    br += s.br;
    console.log(`${pad(s.gz)} ${pad(s.br)}  ${f}`);
  }
  console.log(`${pad(gz)} ${pad(br)}  total (budget ${budget} brotli)`);
  if (br > budget) {
    console.error(`size gate: ${title} is over budget by ${br - budget} bytes brotli`);
    failed = true;
  }
}

const first = [...new Set([...html.matchAll(/(?:href|src)="\/([^"]+\.(?:js|css|wasm))"/g)].map((m) => m[1]))].sort();
if (first.length === 0) {
  console.error('size gate: dist/index.html loads nothing; build first (scripts/build.sh)');
  process.exit(1);
}
await part('First load (what index.html loads at start)', first, FIRST_LOAD_BROTLI);

// The question's page: its style sheet, its boot script, its module.
const ask = await readFile(join(dist, 'ask.html'), 'utf8').catch(() => '');
const boot = ask.match(/src="(ask\/boot-[^"]+\.js)"/)?.[1];
if (!boot) {
  console.error('size gate: dist/ask.html loads no module (scripts/build-analysis.sh)');
  failed = true;
} else {
  const glue = (await readFile(join(dist, boot), 'utf8')).match(/from '\.\/([^']+\.js)'/)[1];
  const files = [...ask.matchAll(/href="\/([^"]+\.css)"/g)].map((m) => m[1]);
  files.push(boot, `ask/${glue}`, `ask/${glue.replace(/\.js$/, '_bg.wasm')}`);
  for (const entry of await readdir(join(dist, 'ask/snippets'), { recursive: true }).catch(() => [])) {
    if (entry.endsWith('.js')) files.push(join('ask/snippets', entry));
  }
  await part('The embed\'s question (what ask.html loads)', files, ASK_BROTLI);
}

const parts = [...html.matchAll(/<meta name="tierwise:([a-z-]+)" content="([^"]+)"/g)];
for (const [, name, path] of parts) {
  const budget = ON_DEMAND_BROTLI[name];
  if (!budget) {
    console.error(`size gate: on-demand part ${name} has no budget here`);
    failed = true;
    continue;
  }
  const files = [path];
  if (path.endsWith('.js')) {
    // A module: its glue, its wasm and the snippets it imports.
    files.push(path.replace(/\.js$/, '_bg.wasm'));
    const snippets = join(dirname(path), 'snippets');
    for (const entry of await readdir(join(dist, snippets), { recursive: true }).catch(() => [])) {
      if (entry.endsWith('.js')) files.push(join(snippets, entry));
    }
  }
  await part(`On demand: ${name}`, files, budget);
}
for (const name of Object.keys(ON_DEMAND_BROTLI)) {
  if (!parts.some(([, n]) => n === name)) {
    console.error(`size gate: index.html names no ${name} part (scripts/build-analysis.sh)`);
    failed = true;
  }
}
if (failed) process.exit(1);
