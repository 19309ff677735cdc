import type { AuditResult } from '../core/types.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * 0 when every document passed, 1 when any failed or is invalid, or when the
 * warnings exceed `maxWarnings`. (Code 2 is for runs that could not do their job.)
 */
export function exitCode(result: Pick<AuditResult, 'summary'>, maxWarnings?: number): ExitCode {
  const { failed, invalid, warnings } = result.summary;
  if (failed > 0 || invalid > 0) return EXIT.failed;
  if (maxWarnings !== undefined && warnings > maxWarnings) return EXIT.failed;
  return EXIT.ok;
}

/** Where the warning limit came from, as the user wrote it. */
export type WarningLimit = { value: number; from: '--max-warnings' | 'max_warnings' };

/**
 * Why a run ends with exit code 1, in one line for stderr ("2 of 6 documents failed, 1 invalid";
 * "--max-warnings: 3 warnings, more than the 1 allowed"), or undefined when it passed. A CI log
 * whose report went to a file then still says why the job failed.
 */
export function exitReason(result: Pick<AuditResult, 'summary'>, limit?: WarningLimit): string | undefined {
  const { documents, failed, invalid, warnings } = result.summary;
  const reasons: string[] = [];
  const of = (count: number, what: string) => `${count} of ${documents} document${documents === 1 ? '' : 's'} ${what}`;
  if (failed > 0) reasons.push(of(failed, 'failed') + (invalid > 0 ? `, ${invalid} invalid` : ''));
  else if (invalid > 0) reasons.push(of(invalid, 'invalid'));
  if (limit !== undefined && warnings > limit.value) {
    reasons.push(`${limit.from}: ${warnings} warning${warnings === 1 ? '' : 's'}, more than the ${limit.value} allowed`);
  }
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}
