// The JavaScript API as a sales tool meets it: the npm package in dist/api/
// is packed and installed into a fresh project, the README's two examples
// and a client test (crates/js/tests/client) are compiled with
// `tsc --strict` against the package's types, and then run: in Node, and in
// the browser. Needs scripts/build.sh's dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, serve, browser, page } from './harness.mjs';

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The README's code blocks in its JavaScript API section, in order. */
function readmeExamples() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split('\n## The JavaScript API')[1].split('\n## ')[0];
  return [...section.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
}

let dir, project, server, chrome;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tierwise-api-'));
  project = join(dir, 'client');
  mkdirSync(project);
  // Installed as a sales tool would: from the packed tarball, offline.
  const tarball = run('npm', ['pack', join(ROOT, 'dist/api'), '--pack-destination', dir, '--silent'], ROOT).trim().split('\n').pop();
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'sales-tool', private: true, type: 'module' }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', join(dir, tarball)], project);
  for (const f of ['client.ts', 'run-node.ts', 'tsconfig.json']) {
    cpSync(join(ROOT, 'crates/js/tests/client', f), join(project, f));
  }
  const [browserExample, nodeExample] = readmeExamples();
  writeFileSync(join(project, 'readme-browser.js'), browserExample);
  writeFileSync(join(project, 'readme-node.js'), nodeExample);
  // The browser example imports from the deployed site's ./api/.
  cpSync(join(ROOT, 'dist/api'), join(project, 'api'), { recursive: true });
  server = await serve(project);
  chrome = await browser();
});
after(async () => {
  await chrome?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the package installs with its types, entry points and files', () => {
  const pkg = JSON.parse(readFileSync(join(project, 'node_modules/tierwise/package.json'), 'utf8'));
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.exports['.'].types, './tierwise.d.ts');
  assert.equal(pkg.exports['.'].node, './node.js');
  assert.equal(pkg.exports['.'].default, './tierwise.js');
  const cargo = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
  assert.equal(pkg.version, cargo.match(/\[workspace\.package\]\nversion = "([^"]+)"/)[1]);
  const types = readFileSync(join(project, 'node_modules/tierwise/tierwise.d.ts'), 'utf8');
  assert.doesNotMatch(types, /bigint/);
  assert.doesNotMatch(types, /issue \d|\[`/);
  assert.match(types, /export function simulate\(scenario: Scenario \| string, options\?: SimulateOptions\): SimulateResult;/);
  assert.match(readFileSync(join(project, 'node_modules/tierwise/README.md'), 'utf8'), /^# The JavaScript API/);
});

test('the README examples and the client test compile with tsc --strict', () => {
  try {
    run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', project], project);
  } catch (e) {
    assert.fail(`tsc --strict failed:\n${e.stdout}${e.stderr}`);
  }
});

test('in Node: the client test and the README example run', () => {
  assert.equal(run('node', ['out/run-node.js'], project).trim(), 'ok');
  const out = run('node', ['out/readme-node.js'], project);
  assert.match(out, /^valid\n500 more contacts cost \d+\.\d\d until the renewal\n$/);
});

test('in the browser: the client test and the README example run', async () => {
  writeFileSync(join(project, 'client.html'), `<!doctype html><meta charset="utf-8"><title>client</title><link rel="icon" href="data:,">
<script type="importmap">{ "imports": { "tierwise": "./node_modules/tierwise/tierwise.js" } }</script>
<script type="module">
import { run } from './out/client.js';
run().then((r) => { window.result = r; }, (e) => { window.result = String(e); });
</script>`);
  writeFileSync(join(project, 'readme.html'), '<!doctype html><meta charset="utf-8"><title>readme</title><link rel="icon" href="data:,"><script type="module" src="./readme-browser.js"></script>');
  const errors = [];
  const context = await chrome.newContext();
  const p = await page(context, errors);
  await p.goto(`${server.url}client.html`);
  await p.waitForFunction(() => window.result !== undefined);
  assert.equal(await p.evaluate(() => window.result), 'ok');

  const logged = p.waitForEvent('console');
  await p.goto(`${server.url}readme.html`);
  assert.equal((await logged).text(), '7000 → 12000: 87.10 on 2026-12-21, total 16112.10');
  assert.deepEqual(errors, []);
  await context.close();
});
