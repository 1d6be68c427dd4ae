// Precompresses dist/ for hosts that serve files as they are: next to each
// text or wasm file, FILE.br (brotli, quality 11) and FILE.gz (gzip -9).
// A host that compresses on the fly ignores them. Run by scripts/build.sh
// last, after every file is final.
//
// Usage: node scripts/precompress.mjs [dist]
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const KINDS = /\.(html|js|mjs|css|wasm|svg|json|ftl|ts|txt)$/;
let files = 0;
for (const entry of await readdir(dist, { recursive: true })) {
  if (!KINDS.test(entry)) continue;
  const path = join(dist, entry);
  const bytes = await readFile(path);
  await writeFile(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  await writeFile(`${path}.br`, brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }));
  files += 1;
}
console.log(`precompress: ${files} files, each with .br and .gz`);
