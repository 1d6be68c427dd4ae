// Node's entry point (package.json's "node" condition): the same functions
// as the browser's module, whose `init()` fetches tierwise_bg.wasm by URL,
// which Node's fetch cannot do for a file. Here `init()` reads the file
// beside this one instead; given an argument, it does what the browser's does.
import { readFile } from 'node:fs/promises';
import initWeb from './tierwise.js';

export * from './tierwise.js';

/** Loads the engine; call once and await it before any other function. */
export default async function init(input) {
  if (input !== undefined) return initWeb(input);
  const bytes = await readFile(new URL('./tierwise_bg.wasm', import.meta.url));
  return initWeb({ module_or_path: bytes });
}
