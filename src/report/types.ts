import type { AuditResult } from '../core/types.js';
import type { Rule } from '../rules/define.js';

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
}

/** A formatter is pure: the same result and context give the same bytes. */
export type Formatter = (result: AuditResult, context: FormatContext) => string;
