/**
 * Typed arrays for the per-character data of the inline stages, carved from shared chunks.
 *
 * Why: V8 keeps a typed array's elements on the JS heap only up to 64 bytes (typed_array_max_size_in_heap);
 * a longer one gets its own off-heap backing store, which costs 0.3–0.8 µs to allocate and as much again
 * to free (measured in Node 22: Float64Array(30) ≈ 530 ns, a view on an existing buffer ≈ 20 ns) — more
 * than setting the characters it holds, and the Workers runtime accounts every backing store too. A letter
 * makes a dozen such arrays per paragraph and table cell, so they are views on a few large buffers instead.
 *
 * A carved array is fresh (zero-filled) and never handed out again: the chunk is only dropped, never
 * reused, so a view stays valid for as long as anyone holds it, and the garbage collector frees a chunk
 * once no view of it is left. Layout is synchronous, so the module-level cursor needs no locking.
 */

/**
 * Bytes per chunk: the per-character arrays of a page or two (a letter of three pages takes about one).
 * A chunk is zero-filled when made, which costs by the byte whatever its size (measured: 32 KB ≈ 3 µs,
 * 64 KB ≈ 6 µs), so bigger chunks would only keep more memory alive for longer.
 */
const CHUNK_BYTES = 1 << 16;

let chunk = new ArrayBuffer(0);
let used = 0;

/** Byte offset in `chunk` of `bytes` fresh bytes, aligned to 8 (the largest element size). */
function carve(bytes: number): number {
  const size = (bytes + 7) & ~7;
  if (used + size > chunk.byteLength) {
    chunk = new ArrayBuffer(Math.max(CHUNK_BYTES, size));
    used = 0;
  }
  const at = used;
  used += size;
  return at;
}

export function float64Array(length: number): Float64Array {
  const at = carve(length * 8);
  return new Float64Array(chunk, at, length);
}

export function uint32Array(length: number): Uint32Array {
  const at = carve(length * 4);
  return new Uint32Array(chunk, at, length);
}

export function uint16Array(length: number): Uint16Array {
  const at = carve(length * 2);
  return new Uint16Array(chunk, at, length);
}

export function uint8Array(length: number): Uint8Array {
  const at = carve(length);
  return new Uint8Array(chunk, at, length);
}
