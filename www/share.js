// Raw deflate with the browser's own CompressionStream (no code shipped for
// it). Used by share links; the Rust side does everything else.
async function pipe(bytes, stream) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}
export function canCompress() {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}
export function deflate(bytes) {
  return pipe(bytes, new CompressionStream('deflate-raw'));
}
export function inflate(bytes) {
  return pipe(bytes, new DecompressionStream('deflate-raw'));
}
