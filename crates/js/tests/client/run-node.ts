// Runs the client test in Node; exits non-zero on the first failed check.
import { run } from './client.js';

console.log(await run());
