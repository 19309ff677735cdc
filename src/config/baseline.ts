import { constants } from 'node:buffer';
import { resolve } from 'node:path';
import { UsageError } from '../cli/errors.js';
import { readInput } from '../run/read.js';

/**
 * The failures recorded in an earlier JSON report. A finding is known when
 * the same file, rule and JSON pointer failed there; matching never uses the
 * rule alone, so a new gap under an old rule still fails the run.
 */
export interface Baseline {
  has(file: string, rule: string, pointer: string): boolean;
  /** What it records, as plain data: for worker threads (which cannot read a FIFO again) and the cache's key. */
  recorded(): RecordedFailures;
}

export interface RecordedFailures {
  /** How many failing results (a rule in a file) the report holds: the run's notice says how many still match. */
  failures: number;
  /** Every finding it knows (file, rule and pointer), in the report's order. */
  findings: string[];
}

export function baselineFrom(report: unknown): Baseline {
  const findings: string[] = [];
  let failures = 0;
  const documents = (report as { documents?: unknown })?.documents;
  if (!Array.isArray(documents)) throw new Error('not an iop-audit JSON report (no documents list)');
  for (const doc of documents as Array<{ file?: unknown; results?: unknown }>) {
    if (typeof doc?.file !== 'string' || !Array.isArray(doc.results)) continue;
    for (const result of doc.results as Array<{ rule?: unknown; status?: unknown; findings?: unknown }>) {
      if (result?.status !== 'fail' || typeof result.rule !== 'string' || !Array.isArray(result.findings)) continue;
      failures++;
      for (const finding of result.findings as Array<{ pointer?: unknown }>) {
        if (typeof finding?.pointer === 'string') findings.push(key(doc.file, result.rule, finding.pointer));
      }
    }
  }
  return baselineOf({ failures, findings });
}

/** A baseline from what another one recorded. */
export function baselineOf(recorded: RecordedFailures): Baseline {
  const known = new Set(recorded.findings);
  return { has: (file, rule, pointer) => known.has(key(file, rule, pointer)), recorded: () => recorded };
}

/** The most a report can be and still be read: JSON is parsed from one string, and a string can hold no more. */
const BASELINE_LIMIT = constants.MAX_STRING_LENGTH;

export async function loadBaseline(path: string, cwd: string): Promise<Baseline> {
  let read: ReturnType<typeof readInput>;
  try {
    // A FIFO is read too: `--baseline <(git show main:baseline.json)`.
    read = readInput(resolve(cwd, path), BASELINE_LIMIT, true);
  } catch (error) {
    throw new UsageError(`cannot read baseline ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if ('refused' in read) throw new UsageError(`cannot read baseline ${path}: ${read.refused}`);
  try {
    return baselineFrom(JSON.parse(read.bytes.toString('utf8')));
  } catch (error) {
    throw new UsageError(`baseline ${path} is not an iop-audit JSON report: ${(error as Error).message}`);
  }
}

function key(file: string, rule: string, pointer: string): string {
  return `${file}\0${rule}\0${pointer}`;
}
