import type { Level, Program, SourceDocument } from '../domain/program.js';
import type { ScheduleFacts } from '../domain/facts.js';
import type { Basis } from '../domain/sources.js';

export type Severity = 'error' | 'warning' | 'info';
export type RuleSeverity = Severity | 'off';
export type Status = 'pass' | 'fail' | 'not-applicable' | 'waived';
/** The pack a rule belongs to (its home): a built-in pack's ID or a user pack's. */
export type Standard = string;
export type Verdict = 'pass' | 'fail' | 'invalid';

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** What a rule's check returns: where the evidence is (a JSON pointer) and what is wrong. */
export interface RawFinding {
  pointer: string;
  message: string;
  /** A lesser concern inside a rule (e.g. a warning inside an error rule). */
  severity?: Severity;
  /**
   * What to change for this finding, in plain words and with the numbers that apply
   * ("add at least one block starting at 17:00 or later, or on a weekend"); when absent,
   * reports fall back to the rule's general remediation.
   */
  fix?: string;
}

export interface Position {
  line: number;
  column: number;
}

export interface Finding extends Position {
  pointer: string;
  message: string;
  severity: Severity;
  /** See RawFinding.fix. */
  fix?: string;
  /** A location that survives edits elsewhere in the document (see #16: key path, list items by value). */
  fingerprint?: string;
}

/** One `evidence:` reference beside a claim, resolved against `source_documents`. */
export interface EvidenceCitation {
  /** As written: `P-12 §4.2`. */
  ref: string;
  /** The source document's ID (`P-12`), and what the reference adds (`§4.2`). */
  id: string;
  locator?: string;
  /** The JSON pointer of the object that carries the reference. */
  pointer: string;
  /** Where the reference itself is written (1-based), when the audit located it; also its document order. */
  line?: number;
  column?: number;
  /** The source document, when the ID is listed. */
  document?: SourceDocument;
}

/** A document that could not be audited: unreadable, not YAML, or not a valid program document. */
export interface Problem extends Position {
  kind: 'read' | 'syntax' | 'schema' | 'schedule' | 'privacy';
  pointer: string;
  message: string;
}

export interface Waiver {
  rule: string;
  files: string[];
  justification: string;
  approved_by: string;
  expires?: string;
}

export interface RuleResult extends Position {
  rule: string;
  alias: string;
  standard: Standard;
  clause: string;
  title: string;
  citation: string;
  /** What the rule's requirement rests on: a primary source, a secondary account, or the catalog's convention. */
  basis: Basis;
  status: Status;
  /** Effective severity: the highest among the findings, or the configured severity when there are none. */
  severity: Severity;
  message: string;
  pointer: string;
  findings: Finding[];
  waiver?: Waiver;
  baselined?: boolean;
  /**
   * Evidence bearing on what failed (a failure: its findings' pointers) or on what the rule read (a
   * pass or not applicable: the rule's evidence pointers): on those objects, inside them, and on the
   * sections holding them (see evidenceIndex in src/domain/evidence.ts). Absent when none.
   */
  evidence?: EvidenceCitation[];
  /** See Finding.fingerprint (for the result's own location). */
  fingerprint?: string;
}

export interface DocumentResult {
  file: string;
  name?: string;
  declaredLevel?: Level;
  verdict: Verdict;
  facts?: ScheduleFacts;
  problems: Problem[];
  results: RuleResult[];
  /** The program's provider, as the document names it (client-facing reports show it). */
  provider?: string;
  /** The document's `source_documents`, when it lists any. */
  sourceDocuments?: SourceDocument[];
}

export interface Summary {
  documents: number;
  passed: number;
  failed: number;
  invalid: number;
  errors: number;
  warnings: number;
  infos: number;
  waived: number;
  baselined: number;
}

export interface AuditResult {
  tool: { name: string; version: string };
  documents: DocumentResult[];
  summary: Summary;
  /** Notes about the run itself: expired or unused waivers. */
  notices: string[];
}

export type { Program, SourceDocument };
