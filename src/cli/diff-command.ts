import { constants } from 'node:buffer';
import { resolve } from 'node:path';
import { diffReports, formatDiff, hasRegressions, readReport, type DiffFormat, type ReportInput } from '../report/diff.js';
import { visible } from '../report/visible.js';
import { readInput } from '../run/read.js';
import { realOrSame } from './discover.js';
import { UsageError } from './errors.js';
import { EXIT, type ExitCode } from './exit-code.js';
import { checkTarget, writeAtomically } from './output.js';

export interface DiffOptions {
  format?: DiffFormat;
  output?: string;
}

/** `iop-audit diff old.json new.json`: 0 when nothing is new, 1 when something is, 2 (a UsageError) when a report cannot be read. */
export async function runDiff(
  oldPath: string, newPath: string, options: DiffOptions, io: { cwd: string; stdout: { write(text: string): unknown } },
): Promise<ExitCode> {
  const before = load(oldPath, io.cwd);
  const after = load(newPath, io.cwd);
  const toStdout = options.output === undefined || options.output === '-';
  if (!toStdout) checkTarget(resolve(io.cwd, options.output!), options.output!, '--output', new Set([oldPath, newPath].map((p) => realOrSame(resolve(io.cwd, p)))), true);
  const diff = diffReports(before, after);
  const text = formatDiff(diff, options.format ?? 'table');
  if (toStdout) io.stdout.write(text);
  else await writeAtomically(resolve(io.cwd, options.output!), text);
  return hasRegressions(diff) ? EXIT.failed : EXIT.ok;
}

/** A JSON report, or a one-line usage error naming the file and what is wrong with it. */
function load(path: string, cwd: string): ReportInput {
  let read: ReturnType<typeof readInput>;
  try {
    // A FIFO is read too: `iop-audit diff <(git show main:audit.json) audit.json`.
    read = readInput(resolve(cwd, path), constants.MAX_STRING_LENGTH, true);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if ('refused' in read) throw new UsageError(`cannot read ${path}: ${read.refused}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.bytes.toString('utf8'));
  } catch (error) {
    throw new UsageError(`${path} is not JSON: ${(error as Error).message}`);
  }
  const report = readReport(parsed);
  if (typeof report === 'string') throw new UsageError(`${path}: ${visible(report)}`);
  return report;
}
