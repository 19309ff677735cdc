import type { ScheduleFacts } from '../domain/facts.js';
import type { Program } from '../domain/program.js';
import type { Limits, ThresholdName } from '../domain/thresholds.js';
import type { RawFinding, Severity, Standard } from '../core/types.js';
import { basisOf, cite, type Basis, type SourceRef } from '../domain/sources.js';

export interface Rule {
  /** Stable ID people cite in reports and configs, e.g. SAMHSA-08. */
  id: string;
  /** Short kebab-case name usable wherever the ID is. */
  alias: string;
  standard: Standard;
  /** The requirements it audits, as "<pack>:<clause>" keys, in any pack (the crosswalk). */
  implements: string[];
  /** The principle or element of the source this rule checks. */
  clause: string;
  title: string;
  severity: Severity;
  /** When absent the rule applies to every program. */
  appliesTo?: {
    when: (program: Program, facts: ScheduleFacts) => boolean;
    /** Why it does not apply, shown as the not-applicable message. */
    otherwise: string;
  };
  /** What the rule rests on, the source of its requirement first; each names its basis. */
  sources: SourceRef[];
  /** The basis of the requirement (its first source's). */
  basis: Basis;
  /** The sources as one line, as reports show them. */
  citation: string;
  /**
   * For programs the source's own wording does not fit (a mental-health-only
   * program under a substance-use principle): when it holds, the rule judges
   * the stated analogue and says so in its result.
   */
  analogue?: { when: (program: Program) => boolean; note: string };
  rationale: string;
  remediation: { text: string; example: string };
  /** JSON pointers of the evidence the rule reads; the first locates a passing result. */
  evidence: string[];
  /** Thresholds the rule judges against, shown by `explain`. */
  thresholds: ThresholdName[];
  /** Off by default: runs only when the run's settings ask for it (`evidence: required` in the config) or the config gives it a severity. */
  optIn?: 'evidence-required';
  /** Pure: returns nothing when the program passes, else what is wrong and where. */
  check: (program: Program, facts: ScheduleFacts, limits: Limits) => RawFinding[];
}

export type RuleSpec = Omit<Rule, 'basis' | 'citation'>;

/** A rule from its metadata: the basis and citation line come from its sources. */
export function defineRule(rule: RuleSpec): Rule {
  return { ...rule, basis: basisOf(rule.sources), citation: cite(rule.sources) };
}
