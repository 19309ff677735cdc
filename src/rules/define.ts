import type { ScheduleFacts } from '../core/facts.js';
import type { Program } from '../core/program.js';
import type { ThresholdName, Thresholds } from '../core/thresholds.js';
import type { RawFinding, Severity, Standard } from '../core/types.js';

export interface Rule {
  /** Stable ID people cite in reports and configs, e.g. SAMHSA-08. */
  id: string;
  /** Short kebab-case name usable wherever the ID is. */
  alias: string;
  standard: Standard;
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
  /** The true source: document, year, chapter and clause. */
  citation: string;
  rationale: string;
  remediation: { text: string; example: string };
  /** JSON pointers of the evidence the rule reads; the first locates a passing result. */
  evidence: string[];
  /** Thresholds the rule judges against, shown by `explain`. */
  thresholds: ThresholdName[];
  /** Pure: returns nothing when the program passes, else what is wrong and where. */
  check: (program: Program, facts: ScheduleFacts, thresholds: Thresholds) => RawFinding[];
}

/** Identity: exists so each rule file is type-checked against the Rule shape. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
