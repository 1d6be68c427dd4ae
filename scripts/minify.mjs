// Post-build shrinking of a release dist/ (issue 7's size budget), run after
// `trunk build --release` and before harden.mjs:
//
// 1. The wasm's imports from wasm-bindgen's glue and all its exports get
//    short names ("a", "b", ...), in the wasm and in the glue alike.
//    wasm-bindgen names each import after the JS it calls plus a 16-digit
//    hash, and each closure export after its full Rust type, up to 250
//    characters; none of it compresses. Only the import and export sections
//    are rewritten: every other byte of the wasm is kept as it is.
// 2. The glue, the JS snippets and the CSS are minified (terser, csso).
// 3. The Subresource Integrity hashes in index.html are recomputed for every
//    file that changed.
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

// ---- wasm binary: just enough to rewrite two sections ----

function readLeb(bytes, pos) {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [result, pos];
  }
}

function leb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
}

const utf8 = new TextDecoder();
const encode = (s) => [...new TextEncoder().encode(s)];
const name = (s) => [...leb(encode(s).length), ...encode(s)];

function readName(bytes, pos) {
  const [len, p] = readLeb(bytes, pos);
  return [utf8.decode(bytes.subarray(p, p + len)), p + len];
}

/** The bytes of an import's or export's descriptor, copied as they are. */
function importDesc(bytes, pos) {
  const kind = bytes[pos];
  let p = pos + 1;
  const skipLimits = () => {
    const flags = bytes[p++];
    [, p] = readLeb(bytes, p);
    if (flags & 1) [, p] = readLeb(bytes, p);
  };
  if (kind === 0) [, p] = readLeb(bytes, p); // function: type index
  else if (kind === 1) { p += 1; skipLimits(); } // table: reftype, limits
  else if (kind === 2) skipLimits(); // memory
  else if (kind === 3) p += 2; // global: valtype, mutability
  else if (kind === 4) { p += 1; [, p] = readLeb(bytes, p); } // tag
  else fail(`unknown import kind ${kind}`);
  return [bytes.subarray(pos, p), p];
}

/** Short identifiers: a, b, ..., Z, aa, ab, ... */
function shortName(i) {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  do {
    s = alphabet[i % alphabet.length] + s;
    i = Math.floor(i / alphabet.length) - 1;
  } while (i >= 0);
  return s;
}

function renameWasm(bytes, glueModule) {
  const imports = new Map();
  const exports = new Map();
  const out = [bytes.subarray(0, 8)];
  let pos = 8;
  while (pos < bytes.length) {
    const id = bytes[pos];
    const [size, bodyStart] = readLeb(bytes, pos + 1);
    const end = bodyStart + size;
    let body = null;
    if (id === 2) {
      let [count, p] = readLeb(bytes, bodyStart);
      body = leb(count);
      for (let i = 0; i < count; i++) {
        let mod, field, desc;
        [mod, p] = readName(bytes, p);
        [field, p] = readName(bytes, p);
        [desc, p] = importDesc(bytes, p);
        if (mod === glueModule) {
          if (!imports.has(field)) imports.set(field, shortName(imports.size));
          field = imports.get(field);
        }
        body.push(...name(mod), ...name(field), ...desc); // small: names and a descriptor
      }
    } else if (id === 7) {
      let [count, p] = readLeb(bytes, bodyStart);
      body = leb(count);
      for (let i = 0; i < count; i++) {
        let field;
        [field, p] = readName(bytes, p);
        const kind = bytes[p];
        let index;
        [index, p] = readLeb(bytes, p + 1);
        exports.set(field, shortName(exports.size));
        body.push(...name(exports.get(field)), kind, ...leb(index));
      }
    }
    if (body) out.push(Uint8Array.from([id, ...leb(body.length), ...body]));
    else out.push(bytes.subarray(pos, end));
    pos = end;
  }
  return { wasm: Buffer.concat(out), imports, exports };
}

// ---- the release dist ----

const indexPath = join(dist, 'index.html');
let html = await readFile(indexPath, 'utf8');
const files = await readdir(dist);
const glue = files.find((f) => /^app-[0-9a-f]+\.js$/.test(f));
const wasmFile = files.find((f) => /^app-[0-9a-f]+_bg\.wasm$/.test(f));
const css = files.find((f) => /^app-[0-9a-f]+\.css$/.test(f));
if (!glue || !wasmFile || !css) fail(`no release build in ${dist}`);

let js = await readFile(join(dist, glue), 'utf8');
if (js.includes('/* minified */')) {
  console.log('minify: already done');
  process.exit(0);
}
const glueModule = './app_bg.js';
if (!js.includes(`"${glueModule}": import0`)) fail(`the glue does not import "${glueModule}"`);

const { wasm, imports, exports } = renameWasm(await readFile(join(dist, wasmFile)), glueModule);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/$-]/g, '\\$&');
for (const [long, short] of imports) {
  const key = new RegExp(`\\b${escape(long)}:`, 'g');
  if (!key.test(js)) fail(`import ${long} is not in the glue`);
  js = js.replace(key, `${short}:`);
}
for (const [long, short] of exports) {
  js = js.replace(new RegExp(`\\bwasm\\.${escape(long)}\\b`, 'g'), `wasm.${short}`);
}
const left = js.match(/\b(__wbg_\w+_[0-9a-f]{16}|wasm\.\w{20,})/);
if (left) fail(`a long name is left in the glue: ${left[0]}`);

const minJs = await minifyJs(js, { module: true, compress: true, mangle: true });
await writeFile(join(dist, glue), `/* minified */${minJs.code}\n`);
await writeFile(join(dist, wasmFile), wasm);

const changed = [glue, wasmFile, css];
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
for (const file of changed) {
  const digest = createHash('sha384').update(await readFile(join(dist, file))).digest('base64');
  const attr = new RegExp(`(href="/${escape(file)}"[^>]*?integrity=")sha384-[^"]+"`);
  if (attr.test(html)) html = html.replace(attr, `$1sha384-${digest}"`);
}
await writeFile(indexPath, html);
console.log(`minify: ${imports.size} imports and ${exports.size} exports renamed; ${changed.length} files minified`);
