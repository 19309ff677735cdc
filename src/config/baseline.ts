import { constants } from 'node:buffer';
import { statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { UsageError } from '../cli/errors.js';
import type { DocumentResult, Finding } from '../core/types.js';
import { readInput } from '../run/read.js';

/**
 * Failures recorded earlier, which do not fail the run. A finding is known when the same file,
 * rule and fingerprint (a content-based location, see src/core/fingerprint.ts) were recorded;
 * entries written before fingerprints existed match by JSON pointer. Matching never uses the
 * rule alone, so a new gap under an old rule still fails the run.
 *
 * Two forms are read: a baseline file (`--write-baseline`), whose paths are relative to its own
 * folder, and a JSON report, whose paths are taken relative to the report's folder or, as
 * earlier versions did, to the working folder.
 */
export interface Baseline {
  /** Whether a finding of `rule` in `file` (as the run names it) is recorded; marks the entries it matches. */
  has(file: string, rule: string, finding: Pick<Finding, 'pointer' | 'fingerprint'>): boolean;
  /** Notes that a document was audited: its entries that matched nothing are gone. */
  audited(file: string): void;
  /** Entries (by position) matched, and those whose file was audited, since the last call: worker threads send them back with each batch. */
  takeUse(): BaselineUse;
  /** Adds what a worker thread's copy of the baseline saw. */
  addUse(use: BaselineUse): void;
  /** How many entries matched, are gone (their file audited, the finding no longer there), or were in files not audited. */
  tally(): { entries: number; matched: number; gone: number; elsewhere: number };
  /** What it records, as plain data: for worker threads (which cannot read a FIFO again) and the cache's key. */
  recorded(): RecordedFailures;
}

export interface BaselineUse {
  matched: number[];
  audited: number[];
}

export interface RecordedEntry {
  /** The file's absolute path (two when a report's relative path could mean either folder). */
  files: string[];
  rule: string;
  fingerprint?: string;
  pointer: string;
}

export interface RecordedFailures {
  /** The working folder the run names its files from. */
  cwd: string;
  entries: RecordedEntry[];
}

/** One line of a baseline file: the file relative to the baseline's folder, with forward slashes. */
export interface BaselineFileEntry {
  file: string;
  rule: string;
  fingerprint?: string;
  pointer: string;
  /** For whoever reviews the file; not matched. */
  message?: string;
}

/** Marks a baseline file (as against a JSON report), with its format's version. */
export const BASELINE_FORMAT = 'iop-audit-baseline';

/** A baseline file's text: its entries as collected from the run's documents (see baselineEntriesOf). */
export function baselineFileText(findings: readonly BaselineFileEntry[]): string {
  return `${JSON.stringify({ format: BASELINE_FORMAT, version: 1, findings }, null, 2)}\n`;
}

/** One document's failures (waived ones are not failures) as baseline file entries, the path relative to `baselineDir`. */
export function baselineEntriesOf(doc: DocumentResult, cwd: string, baselineDir: string): BaselineFileEntry[] {
  const entries: BaselineFileEntry[] = [];
  const file = relative(baselineDir, resolve(cwd, doc.file)).split(sep).join('/');
  for (const result of doc.results) {
    if (result.status !== 'fail') continue;
    for (const finding of result.findings) {
      entries.push({
        file, rule: result.rule, ...(finding.fingerprint ? { fingerprint: finding.fingerprint } : {}), pointer: finding.pointer, message: finding.message,
      });
    }
  }
  return entries;
}

/** What a baseline file or a JSON report records; `folders` are where its relative paths may start from. */
export function recordedFrom(content: unknown, folders: readonly string[], cwd: string): RecordedFailures {
  const entries: RecordedEntry[] = [];
  const filesOf = (file: string) => [...new Set(folders.map((folder) => resolve(folder, file)))];
  const record = content as { format?: unknown; findings?: unknown; documents?: unknown };
  if (record?.format === BASELINE_FORMAT) {
    if (!Array.isArray(record.findings)) throw new Error('no findings list');
    for (const [index, entry] of (record.findings as Array<Record<string, unknown>>).entries()) {
      if (typeof entry?.file !== 'string' || typeof entry.rule !== 'string' || typeof entry.pointer !== 'string'
        || (entry.fingerprint !== undefined && typeof entry.fingerprint !== 'string')) {
        throw new Error(`finding ${index + 1} needs file, rule and pointer as text (and fingerprint, if any)`);
      }
      entries.push({ files: filesOf(entry.file), rule: entry.rule, ...(entry.fingerprint ? { fingerprint: entry.fingerprint as string } : {}), pointer: entry.pointer });
    }
    return { cwd, entries };
  }
  if (!Array.isArray(record?.documents)) throw new Error('neither a baseline file nor a JSON report (no documents list)');
  for (const doc of record.documents as Array<{ file?: unknown; results?: unknown }>) {
    if (typeof doc?.file !== 'string' || !Array.isArray(doc.results)) continue;
    const files = filesOf(doc.file);
    for (const result of doc.results as Array<{ rule?: unknown; status?: unknown; findings?: unknown }>) {
      if (result?.status !== 'fail' || typeof result.rule !== 'string' || !Array.isArray(result.findings)) continue;
      for (const finding of result.findings as Array<{ pointer?: unknown; fingerprint?: unknown }>) {
        if (typeof finding?.pointer !== 'string') continue;
        entries.push({ files, rule: result.rule, ...(typeof finding.fingerprint === 'string' ? { fingerprint: finding.fingerprint } : {}), pointer: finding.pointer });
      }
    }
  }
  return { cwd, entries };
}

/** A baseline from what one recorded. */
export function baselineOf(recorded: RecordedFailures): Baseline {
  const byKey = new Map<string, number[]>();
  const byFile = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, position: number) => {
    const list = map.get(key);
    if (list) list.push(position);
    else map.set(key, [position]);
  };
  recorded.entries.forEach((entry, position) => {
    for (const file of entry.files) {
      // An entry with a fingerprint matches by it alone: its pointer may have moved.
      add(byKey, entry.fingerprint !== undefined ? key(file, entry.rule, 'f', entry.fingerprint) : key(file, entry.rule, 'p', entry.pointer), position);
      add(byFile, file, position);
    }
  });
  const matched = new Set<number>();
  const audited = new Set<number>();
  // What takeUse has not yet handed over.
  let fresh: BaselineUse = { matched: [], audited: [] };
  const mark = (into: Set<number>, positions: readonly number[], news: number[]) => {
    for (const position of positions) {
      if (into.has(position)) continue;
      into.add(position);
      news.push(position);
    }
  };
  return {
    has(file, rule, finding) {
      const path = resolve(recorded.cwd, file);
      const found = (finding.fingerprint !== undefined ? byKey.get(key(path, rule, 'f', finding.fingerprint)) : undefined)
        ?? byKey.get(key(path, rule, 'p', finding.pointer));
      if (found) mark(matched, found, fresh.matched);
      return found !== undefined;
    },
    audited(file) {
      const positions = byFile.get(resolve(recorded.cwd, file));
      if (positions) mark(audited, positions, fresh.audited);
    },
    takeUse() {
      const taken = fresh;
      fresh = { matched: [], audited: [] };
      return taken;
    },
    addUse(use) {
      mark(matched, use.matched, []);
      mark(audited, use.audited, []);
    },
    tally() {
      let gone = 0;
      for (const position of audited) if (!matched.has(position)) gone++;
      const entries = recorded.entries.length;
      return { entries, matched: matched.size, gone, elsewhere: entries - matched.size - gone };
    },
    recorded: () => recorded,
  };
}

/** The run's notice about its baseline: how much of it still matched, and how much is gone. */
export function baselineNotice(name: string, baseline: Baseline): string {
  const { entries, matched, gone, elsewhere } = baseline.tally();
  const parts = [`${matched} of ${entries} recorded findings matched`, `${gone} gone (fixed)`];
  if (elsewhere > 0) parts.push(`${elsewhere} in documents not audited`);
  const hint = entries > 0 && matched === 0 && gone === 0 ? '; no audited document is named in it: paths are relative to the baseline\'s folder' : '';
  return `baseline: ${name} (${parts.join(', ')})${hint}`;
}

/** The most a report can be and still be read: JSON is parsed from one string, and a string can hold no more. */
const BASELINE_LIMIT = constants.MAX_STRING_LENGTH;

export async function loadBaseline(path: string, cwd: string): Promise<Baseline> {
  const full = resolve(cwd, path);
  let read: ReturnType<typeof readInput>;
  try {
    // A FIFO is read too: `--baseline <(git show main:baseline.json)`.
    read = readInput(full, BASELINE_LIMIT, true);
  } catch (error) {
    throw new UsageError(`cannot read baseline ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if ('refused' in read) throw new UsageError(`cannot read baseline ${path}: ${read.refused}`);
  // A FIFO's folder (/dev/fd) says nothing about where its paths start: the working folder does.
  const own = isRegularFile(full) ? dirname(full) : cwd;
  let content: unknown;
  try {
    content = JSON.parse(read.bytes.toString('utf8'));
  } catch (error) {
    throw new UsageError(`baseline ${path} is not an iop-audit JSON report or baseline file: ${(error as Error).message}`);
  }
  const isBaselineFile = (content as { format?: unknown })?.format === BASELINE_FORMAT;
  try {
    // A report's paths were written relative to the folder its run started in: the report's own folder, most often, or this one.
    return baselineOf(recordedFrom(content, isBaselineFile ? [own] : [own, cwd], cwd));
  } catch (error) {
    throw new UsageError(`baseline ${path} is not an iop-audit JSON report or baseline file: ${(error as Error).message}`);
  }
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function key(file: string, rule: string, kind: 'f' | 'p', location: string): string {
  return `${file}\0${rule}\0${kind}\0${location}`;
}
