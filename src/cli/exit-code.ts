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
