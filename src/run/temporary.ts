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
