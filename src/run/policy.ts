import { applyPolicy, tally, type AuditOptions } from '../core/engine.js';
import type { DocumentResult, Summary, Waiver } from '../core/types.js';
import { baselineOf, loadBaseline, type Baseline, type RecordedFailures } from '../config/baseline.js';
import { waiverBook, type WaiverBook } from '../config/config.js';
import type { FormatContext, ReportStream } from '../report/types.js';

/**
 * What decides a result after the audit (fail-on level, waivers, baseline), as
 * plain data: a worker thread that writes report pieces builds the same policy from it.
 */
export interface PolicySetup {
  failOn: 'error' | 'warning';
  waivers: readonly Waiver[];
  /** Waiver globs are relative to the config file's folder. */
  configDir: string;
  cwd: string;
  today: string;
  /** The baseline report's path as given on the command line. */
  baseline?: string;
  /** Or the baseline as already read, for worker threads: a FIFO can be read only once, and a large report is parsed once. */
  recorded?: RecordedFailures;
}

export type Policy = Required<Pick<AuditOptions, 'failOn' | 'waiverFor'>> & Pick<AuditOptions, 'inBaseline'> & { waivers: WaiverBook; baseline?: Baseline };

export async function loadPolicy(setup: PolicySetup): Promise<Policy> {
  const waivers = waiverBook(setup.waivers, setup.configDir, setup.cwd, setup.today);
  const baseline = setup.recorded ? baselineOf(setup.recorded) : setup.baseline !== undefined ? await loadBaseline(setup.baseline, setup.cwd) : undefined;
  return {
    failOn: setup.failOn,
    waiverFor: waivers.waiverFor,
    ...(baseline ? { inBaseline: baseline.has, baseline } : {}),
    waivers,
  };
}

/** One document's piece of a streamed report: the policy applied, the document counted into the summary. */
export function reportPiece(
  audited: DocumentResult, index: number, policy: Policy, stream: ReportStream, context: FormatContext, summary: Summary,
  seen?: (doc: DocumentResult) => void,
): string {
  const doc = decide(audited, policy);
  seen?.(doc);
  tally(summary, doc);
  return stream.document(doc, index, context);
}

/** The policy applied to an audited document; the baseline notes the document as audited (its entries not matched are gone). */
export function decide(audited: DocumentResult, policy: Policy): DocumentResult {
  if (audited.verdict !== 'invalid') policy.baseline?.audited(audited.file);
  return applyPolicy(audited, policy);
}
