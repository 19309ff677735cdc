import { rmSync } from 'node:fs';

/**
 * A private temporary file is removed from its folder as soon as it is open (on POSIX systems the
 * open file lives on until it is closed), so that nothing is left behind however the process ends;
 * where that is refused (Windows), it is removed when the process exits.
 */
export function removeWhileOpen(path: string): void {
  try {
    rmSync(path);
  } catch {
    process.once('exit', () => rmSync(path, { force: true }));
  }
}

/**
 * A text's UTF-8 bytes, to be written to a temporary file (and hashed) at once: in one buffer
 * reused from call to call, valid until the next call. A buffer of its own for each piece
 * (a document's cache entry, its part of a report) was freed only when V8 next collected it,
 * and the C heap those pieces came from, fragmented, kept growing through a cached run.
 */
export function encoded(text: string): Uint8Array {
  // A rare large text (a report's front matter) gets bytes of its own, not a buffer kept to the end of the run.
  if (text.length > ENCODED_KEPT) return Buffer.from(text, 'utf8');
  // A character takes at most three bytes: only a text that might not fit is measured.
  if (3 * text.length > encodedBytes.length) encodedBytes = grownTo(encodedBytes, Buffer.byteLength(text));
  return encodedBytes.subarray(0, encodedBytes.write(text, 0, 'utf8'));
}

let encodedBytes = Buffer.allocUnsafeSlow(64 * 1024);
const ENCODED_KEPT = 1 << 20;

/**
 * A reused buffer with room for `size` bytes: the buffer itself when it has the room, else a new
 * one of at least twice its size, so that a buffer reused from piece to piece grows seldom.
 */
export function grownTo(buffer: Buffer<ArrayBuffer>, size: number): Buffer<ArrayBuffer> {
  return size <= buffer.length ? buffer : Buffer.allocUnsafeSlow(Math.max(size, 2 * buffer.length));
}
