// node:fs's `promises` is read where it is used: it loads node:fs/promises (and readline with it) only for runs that write a file.
import { promises as files, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './errors.js';

/**
 * Writes a report so that the target is either the old file or the complete
 * new one: the text goes to a temporary file beside it, then is renamed over it.
 * A large text can be given in pieces, written one after another.
 */
export async function writeAtomically(path: string, text: string | Uint8Array | readonly (string | Uint8Array)[]): Promise<void> {
  // A device or pipe (/dev/null, /dev/stdout, a FIFO) cannot be replaced by a rename: write to it directly.
  if (isSpecialFile(path)) {
    try {
      await files.writeFile(path, text);
      return;
    } catch (error) {
      throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  const temporary = join(dirname(path), `.${basename(path)}.${temporaryTag()}.tmp`);
  // Ctrl-C mid-write leaves the old file and no temporary file behind.
  const onInterrupt = () => {
    rmSync(temporary, { force: true });
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);
  try {
    await files.writeFile(temporary, typeof text === 'string' || text instanceof Uint8Array ? text : inChunks(text), { flag: 'wx' });
    await files.rename(temporary, path);
  } catch (error) {
    await files.rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`cannot write ${path}: ${code}`);
  } finally {
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
  }
}

/** About how much text goes to one write. */
const CHUNK_CHARACTERS = 1 << 20;

/**
 * Text pieces joined into writes of about a mebibyte (bytes pass as they are): each write is a
 * round trip to Node's thread pool, and a cache of 10,000 documents in a write per line took a second.
 */
function* inChunks(pieces: readonly (string | Uint8Array)[]): Generator<string | Uint8Array> {
  let text = '';
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      if (text) yield text;
      text = '';
      yield piece;
      continue;
    }
    text += piece;
    if (text.length >= CHUNK_CHARACTERS) {
      yield text;
      text = '';
    }
  }
  if (text) yield text;
}

/**
 * A name part no other run picks at the same moment (process, time, a random part; the
 * file is created exclusively, so a clash fails rather than overwrites). Not from
 * node:crypto, whose loading costs every run a few milliseconds of start-up.
 */
function temporaryTag(): string {
  return `${process.pid}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 10)}`;
}

function isSpecialFile(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false; // does not exist yet: an ordinary new file
  }
}
