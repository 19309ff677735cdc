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
  if (3 * text.length > encodedBytes.length) {
    const length = Buffer.byteLength(text);
    if (length > encodedBytes.length) encodedBytes = Buffer.allocUnsafeSlow(Math.max(length, 2 * encodedBytes.length));
  }
  return encodedBytes.subarray(0, encodedBytes.write(text, 0, 'utf8'));
}

let encodedBytes = Buffer.allocUnsafeSlow(64 * 1024);
const ENCODED_KEPT = 1 << 20;
