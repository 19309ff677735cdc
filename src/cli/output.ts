import { closeSync, fchmodSync, fchownSync, fstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { kindOf } from '../run/read.js';
import { describeError, UsageError } from './errors.js';
import { visible } from '../report/visible.js';

type Text = string | Uint8Array | Iterable<string | Uint8Array>;

/** The longest file name (in bytes) the usual file systems take: ext4, XFS, Btrfs, APFS, NTFS. */
const NAME_MAX = 255;

/**
 * Checks a path that a report or the cache is to be written to, before the run,
 * so that a run never ends in a write it cannot make, nor makes one it must not:
 * replacing a file the run reads (`inputs`, by real path; by device and inode as
 * well, for a file reached by two names that are not links, such as a bind mount
 * or another letter case), writing to a device, a directory, or below something
 * that is not a folder (missing folders are fine: writeAtomically creates them). A FIFO and the standard streams (/dev/stdout) are
 * written in place when `inPlace` allows it (a report may be; the cache, read back
 * by the next run, may not). `option` and `given` name the path in messages.
 */
export function checkTarget(path: string, given: string, option: string, inputs: ReadonlySet<string>, inPlace: boolean): void {
  const stats = statOrNothing(path);
  if (!stats) {
    checkFolders(path, given, option);
    if (Buffer.byteLength(basename(path)) > NAME_MAX) throw new UsageError(`${option} ${given}: the file name is longer than the ${NAME_MAX} bytes a file name can have`);
    return;
  }
  if (stats.isFile()) {
    if (isInput(path, stats, inputs)) throw new UsageError(`${option} ${given} would replace a file this run reads: name another file`);
    return;
  }
  if (inPlace && writesInPlace(stats)) return;
  throw new UsageError(`${option} ${given} is ${kindOf(stats)}, not a file`);
}

/**
 * Refuses a path whose nearest existing ancestor is not a folder (`report.txt/x.json`):
 * the folders that do not exist yet are created when the file is written.
 */
function checkFolders(path: string, given: string, option: string): void {
  let folder = dirname(path);
  let shown = dirname(given);
  for (;;) {
    const stats = statOrNothing(folder);
    if (stats) {
      if (!stats.isDirectory()) throw new UsageError(`${option} ${given}: ${shown} is ${kindOf(stats)}, not a folder`);
      return;
    }
    const parent = dirname(folder);
    if (parent === folder) return;
    folder = parent;
    shown = dirname(shown);
  }
}

/** Whether a regular file is one of `inputs`: by real path, else by device and inode among those of the same name. */
function isInput(path: string, stats: Stats, inputs: ReadonlySet<string>): boolean {
  const real = realpathSync.native(path);
  if (inputs.has(real)) return true;
  // Only inputs with the same name (in any letter case) are looked at: a stat for every input would cost a large run.
  const name = basename(real).toLowerCase();
  for (const input of inputs) {
    if (basename(input).toLowerCase() !== name) continue;
    const other = statOrNothing(input);
    if (other && other.dev === stats.dev && other.ino === stats.ino) return true;
  }
  return false;
}

/**
 * Writes a report so that the target is either the old file or the complete
 * new one (see openAtomically). A large text can be given in pieces, written
 * one after another.
 */
export async function writeAtomically(path: string, text: Text): Promise<void> {
  const file = openAtomically(path);
  try {
    for (const piece of typeof text === 'string' || text instanceof Uint8Array ? [text] : text) file.write(piece);
    file.commit();
  } finally {
    file.discard();
  }
}

/** A file being written in pieces, which replaces its target only once complete. */
export interface AtomicFile {
  /** Adds a piece (kept until about a mebibyte is pending, then written). */
  write(piece: string | Uint8Array): void;
  /** Writes what is pending and puts the file in place of the target. */
  commit(): void;
  /** Removes the temporary file unless committed (safe to call after commit). */
  discard(): void;
}

/**
 * Opens a report file to be written in pieces so that the target is either the
 * old file or the complete new one: the text goes to a temporary file beside it,
 * then is renamed over it on commit. The new file keeps the old one's permissions
 * (and, where the system lets it, owner), and a link to the file stays a link.
 * Folders on the way that do not exist are created first (mkdir -p). Ctrl-C or
 * a SIGTERM before the commit removes the temporary file and ends the process
 * (exit code 130 or 143). A FIFO or a standard stream cannot be replaced by a
 * rename: it is written in place, after what is there already.
 */
export function openAtomically(path: string): AtomicFile {
  const existing = statOrNothing(path);
  let fd: number | undefined;
  let pending = '';
  const failed = (error: unknown, target: string) => new UsageError(`cannot write ${target}: ${describeError(error)}`);
  // Written synchronously, in writes of about a mebibyte: pieces stay in order without a queue, and
  // a report's memory does not grow with it.
  const flush = (target: string, piece?: Uint8Array) => {
    try {
      if (pending) writeBytes(fd!, Buffer.from(pending));
      pending = '';
      if (piece) writeBytes(fd!, piece);
    } catch (error) {
      throw failed(error, target);
    }
  };
  const add = (target: string, piece: string | Uint8Array) => {
    if (typeof piece !== 'string') return flush(target, piece);
    pending += piece;
    if (pending.length >= CHUNK_CHARACTERS) flush(target);
  };
  if (existing && !existing.isFile()) {
    if (!writesInPlace(existing)) throw new UsageError(`cannot write ${path}: ${kindOf(existing)}, not a file`);
    try {
      fd = openSync(path, 'a');
    } catch (error) {
      throw failed(error, path);
    }
    const close = () => {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    };
    return { write: (piece) => add(path, piece), commit: () => { flush(path); close(); }, discard: close };
  }
  const target = existing ? realpathSync.native(path) : path;
  if (!existing) {
    try {
      mkdirSync(dirname(target), { recursive: true });
    } catch (error) {
      throw failed(error, target);
    }
  }
  const temporary = temporaryBeside(target);
  let created = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (created) rmSync(temporary, { force: true });
    // Every exit other than 0 says why (a CI job's timeout sends SIGTERM).
    process.stderr.write(`iop-audit: stopped by ${signal} before ${visible(target)} was written; any earlier copy is unchanged\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const release = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    if (created) rmSync(temporary, { force: true });
    created = false;
  };
  try {
    // Created on this thread, not the thread pool's, so that a signal handled from here on finds it there to remove.
    // A file that replaces another is private until it has the other's permissions.
    fd = openSync(temporary, 'wx', existing ? 0o600 : 0o666);
    created = true;
  } catch (error) {
    release();
    throw failed(error, target);
  }
  return {
    write: (piece) => add(target, piece),
    commit() {
      flush(target);
      try {
        if (existing) keepOwnership(fd!, existing);
        closeSync(fd!);
        fd = undefined;
        renameSync(temporary, target);
        created = false;
      } catch (error) {
        release();
        throw failed(error, target);
      }
      release();
    },
    discard: release,
  };
}

/** Gives a new file the permissions and owner of the one it replaces (an owner only where allowed: root, or the owner's own groups). */
function keepOwnership(fd: number, old: Stats): void {
  fchmodSync(fd, old.mode & 0o777);
  const mine = fstatSync(fd);
  if (mine.uid === old.uid && mine.gid === old.gid) return;
  try {
    fchownSync(fd, old.uid, old.gid);
  } catch {
    // Not allowed: the file is the writer's, as any file it creates.
  }
}

/** Writes all of the bytes to an open file. */
function writeBytes(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
}

/**
 * About how much text goes to one write: each write is a round trip to Node's thread pool,
 * and a cache of 10,000 documents in a write per line took a second.
 */
const CHUNK_CHARACTERS = 1 << 20;

/**
 * The temporary file's path: in the target's folder (a rename does not cross file systems),
 * named after it, the name cut short where needed so that the whole fits in NAME_MAX bytes.
 */
function temporaryBeside(path: string): string {
  const tail = `.${temporaryTag()}.tmp`;
  return join(dirname(path), `.${leadingBytes(basename(path), NAME_MAX - 1 - tail.length)}${tail}`);
}

/** The longest start of a name that fits in `room` bytes of UTF-8, cut between characters. */
function leadingBytes(name: string, room: number): string {
  let bytes = 0;
  let end = 0;
  for (const character of name) {
    bytes += Buffer.byteLength(character);
    if (bytes > room) break;
    end += character.length;
  }
  return name.slice(0, end);
}

/**
 * A name part no other run picks at the same moment (process, time, a random part; the
 * file is created exclusively, so a clash fails rather than overwrites). Not from
 * node:crypto, whose loading costs every run a few milliseconds of start-up.
 */
function temporaryTag(): string {
  return `${process.pid}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 10)}`;
}

/** A FIFO, or the file behind standard output or standard error (/dev/stdout, /dev/fd/2, a terminal): written in place. */
function writesInPlace(stats: Stats): boolean {
  return stats.isFIFO() || isStream(stats, 1) || isStream(stats, 2);
}

/**
 * Whether a path leads to what standard output writes to (/dev/stdout, /dev/fd/1, the file it
 * was redirected to): a report sent there is written as to standard output, through the stream
 * (a socket, as some parents give, cannot be opened by its path).
 */
export function isStandardOutput(path: string): boolean {
  const stats = statOrNothing(path);
  return stats !== undefined && isStream(stats, 1);
}

function isStream(stats: Stats, fd: number): boolean {
  try {
    const stream = fstatSync(fd);
    return stream.dev === stats.dev && stream.ino === stats.ino;
  } catch {
    return false; // that stream is closed
  }
}

function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
