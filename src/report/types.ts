import type { AuditResult, DocumentResult } from '../core/types.js';
import type { Rule } from '../packs/define.js';
import type { Pack } from '../packs/pack.js';

export const FORMATS = ['table', 'json', 'sarif', 'junit', 'github', 'markdown', 'html', 'csv-plan', 'csv-ratings'] as const;
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
  /** The run compares its failures with a baseline (`--baseline`): SARIF then gives every result a `baselineState`. */
  comparedWithBaseline?: boolean;
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

/**
 * What a report's front matter (a cover, an executive summary, a table of contents, JUnit's
 * totals) needs of each document, kept while the run goes so that the documents themselves
 * need not be: a few hundred bytes each.
 */
export interface DocumentDigest {
  file: string;
  name?: string;
  provider?: string;
  verdict: 'pass' | 'fail' | 'invalid';
  /** Failing results by severity (not baselined, not waived). */
  errors: number;
  warnings: number;
  infos: number;
  /** Results waived by the config (the waivers table lists them). */
  waived: number;
  /** Findings to act on (of the failing results above), by their own severity: the remediation plan's rows by priority. */
  findings: { error: number; warning: number; info: number };
  /** Per selected pack: requirement counts by rating and the compliance percentage (see packResults). */
  readiness: { pack: string; title: string; counts: Record<string, number>; compliance: number | null }[];
}

/**
 * A report whose beginning depends on the whole run (totals, a cover, a table of contents):
 * each document gives pieces for one or more named sections, which the writer keeps aside
 * (spooled to disk when large); at the end it writes `start`, then `front` (from the
 * digests), then each section's pieces in `sections` order, then `end`. Joined, these are
 * exactly the formatter's whole report (see wholeSectioned). `Digest` is what the front
 * matter keeps of each document (DocumentDigest unless the format needs other counts).
 */
export interface SectionedStream<Digest = DocumentDigest> {
  /** Section names, in the order they are laid out after the front matter. */
  sections: readonly string[];
  start(head: Pick<AuditResult, 'tool'>, context: FormatContext): string;
  /** This document's pieces, by section name (a section left out gets nothing from it). */
  document(doc: DocumentResult, index: number, context: FormatContext): Partial<Record<string, string>>;
  /** What goes between `start` and the first section, known only once every document is in. */
  front(tail: Pick<AuditResult, 'summary' | 'notices'>, digests: readonly Digest[], context: FormatContext): string;
  /** Written before a section's first piece and after its last, when the section has any (a heading, an open and close tag). */
  around?(section: string, context: FormatContext): { before: string; after: string };
  /** Written between two documents' pieces of a section (the comma between items of a JSON list); default nothing. */
  separator?(section: string): string;
  /** Written in place of a section that no document gave a piece (`[]` for a JSON list); default nothing. */
  empty?(section: string, context: FormatContext): string;
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

/** The whole report from a sectioned stream's parts (the reference every writer of it must match byte for byte). */
export function wholeSectioned<Digest>(stream: SectionedStream<Digest>, digestOf: (doc: DocumentResult, context: FormatContext) => Digest): Formatter {
  return (result, context) => {
    const pieces = new Map<string, string>(stream.sections.map((s) => [s, '']));
    const used = new Set<string>();
    const digests: Digest[] = [];
    result.documents.forEach((doc, index) => {
      const parts = stream.document(doc, index, context);
      for (const section of stream.sections) {
        const piece = parts[section];
        if (piece === undefined) continue;
        const separator = used.has(section) ? stream.separator?.(section) ?? '' : '';
        used.add(section);
        pieces.set(section, pieces.get(section)! + separator + piece);
      }
      digests.push(digestOf(doc, context));
    });
    let text = stream.start(result, context) + stream.front(result, digests, context);
    for (const section of stream.sections) {
      if (!used.has(section)) {
        text += stream.empty?.(section, context) ?? '';
        continue;
      }
      const around = stream.around?.(section, context) ?? { before: '', after: '' };
      text += around.before + pieces.get(section)! + around.after;
    }
    return text + stream.end(result, result.documents.length, context);
  };
}
