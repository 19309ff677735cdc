import type { AuditResult, DocumentResult } from '../core/types.js';
import type { Rule } from '../packs/define.js';
import type { Pack } from '../packs/pack.js';

export const FORMATS = ['table', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatContext {
  /** The whole catalog, in report order (SARIF lists every rule; others look up metadata). */
  rules: readonly Rule[];
  /** ANSI colour allowed (terminal formats only). */
  color: boolean;
  /** Failures only. */
  quiet: boolean;
  /** Columns available to terminal formats. */
  width: number;
  /** The packs the run audits, in selection order (default: the default selection). */
  packs?: readonly Pack[];
  /** A run of `validate` (schema only): the terminal summary counts valid and invalid documents. */
  validating?: boolean;
  /** Who the report is for and by whom (client-facing formats print it on the cover). */
  engagement?: Engagement;
  /** Client-facing formats (HTML, Markdown) show JSON pointers and YAML only when set (`--technical`). */
  technical?: boolean;
}

/** The engagement a readiness report belongs to: from the config's `engagement:` and flags. */
export interface Engagement {
  client?: string;
  /** Program names in scope, when the engagement names them. */
  programs?: string[];
  auditor?: { name: string; credentials?: string };
  /** ISO date (YYYY-MM-DD) of the review: given, or today's date. */
  reviewDate: string;
  /** What was reviewed against: pack IDs and editions (filled from the run's packs when not given). */
  scope?: string;
  method?: string;
  limitations?: string;
}

/** A formatter is pure: the same result and context give the same bytes. */
export type Formatter = (result: AuditResult, context: FormatContext) => string;

/**
 * A report that can be written as the documents come, for runs too large to
 * hold: `start`, then `document` for each document in order, then `end`. The
 * pieces joined are exactly the formatter's whole report (see `whole`).
 */
export interface ReportStream {
  start(head: Pick<AuditResult, 'tool'>, context: FormatContext): string;
  document(doc: DocumentResult, index: number, context: FormatContext): string;
  end(tail: Pick<AuditResult, 'summary' | 'notices'>, documents: number, context: FormatContext): string;
}

/** The whole report from its streaming parts. */
export function whole(stream: ReportStream): Formatter {
  return (result, context) => {
    let text = stream.start(result, context);
    result.documents.forEach((doc, index) => { text += stream.document(doc, index, context); });
    return text + stream.end(result, result.documents.length, context);
  };
}
