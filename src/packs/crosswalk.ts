import type { Basis } from '../domain/sources.js';
import type { DocumentResult, EvidenceCitation, RuleResult } from '../core/types.js';
import type { Rule } from './define.js';
import { requirementKey, splitRequirementKey, type Pack } from './pack.js';

/**
 * The crosswalk: which rules audit each requirement, and which requirements of
 * the other selected packs those same rules audit. A consultant preparing for
 * several standards at once reads it to see where one fix serves them all.
 */
export interface CrosswalkRow {
  pack: string;
  clause: string;
  title: string;
  basis: Basis;
  rules: string[];
  /** Per other selected pack, its requirements (clauses) that the same rules audit. */
  related: Record<string, string[]>;
}

export function crosswalk(packs: readonly Pack[], rules: readonly Rule[]): CrosswalkRow[] {
  const selected = new Set(packs.map((p) => p.id));
  const rows: CrosswalkRow[] = [];
  for (const pack of packs) {
    for (const requirement of pack.requirements) {
      const key = requirementKey(pack.id, requirement.clause);
      const covering = rules.filter((r) => r.implements.includes(key));
      const related: Record<string, string[]> = {};
      for (const other of packs) if (other.id !== pack.id) related[other.id] = [];
      for (const rule of covering) {
        for (const implemented of rule.implements) {
          const { pack: otherPack, clause } = splitRequirementKey(implemented);
          if (otherPack === pack.id || !selected.has(otherPack)) continue;
          const list = related[otherPack]!;
          if (!list.includes(clause)) list.push(clause);
        }
      }
      rows.push({ pack: pack.id, clause: requirement.clause, title: requirement.title, basis: requirement.source.basis, rules: covering.map((r) => r.id), related });
    }
  }
  return rows;
}

/**
 * How a requirement stands for one program, from the results of the rules that audit it
 * (defined in `rate`): met, partially met (some of what applies passes, or only warnings
 * fail), not met (an error fails and nothing that applies passes), not applicable, waived,
 * or not assessed (no selected rule audits it).
 */
export type Rating = 'met' | 'partially-met' | 'not-met' | 'not-applicable' | 'waived' | 'not-assessed';

/** One requirement of a pack as rated for one program. */
export interface RequirementRating {
  clause: string;
  title: string;
  rating: Rating;
  rules: string[];
  /** Evidence cited for it (from the results of the rules that audit it), in document order, without repeats. */
  evidence: EvidenceCitation[];
  /** Met or partially met on a claim that cites no evidence ("claimed, no evidence cited"). */
  unevidenced: boolean;
}

export interface PackResult {
  pack: string;
  title: string;
  requirements: RequirementRating[];
  counts: Record<Rating, number>;
  /**
   * Met plus half of partially met, as a share of met, partially met and not met, in whole
   * percent; null when nothing was rated any of those ways.
   */
  compliance: number | null;
}

/**
 * A document's results per selected pack: each requirement rated from the rules
 * that audit it (see `rate`), with the evidence its results cite, counts and a
 * compliance percentage.
 */
export function packResults(doc: DocumentResult, packs: readonly Pack[], rules: readonly Rule[]): PackResult[] {
  const resultOf = new Map<string, RuleResult>(doc.results.map((r) => [r.rule, r]));
  const auditing = rulesByRequirement(rules);
  return packs.map((pack) => {
    const counts: Record<Rating, number> = { met: 0, 'partially-met': 0, 'not-met': 0, 'not-applicable': 0, waived: 0, 'not-assessed': 0 };
    const requirements = pack.requirements.map((requirement) => {
      const ids = auditing.get(requirementKey(pack.id, requirement.clause)) ?? [];
      const results = ids.map((id) => resultOf.get(id)).filter((r): r is RuleResult => r !== undefined);
      const rating = rate(results);
      counts[rating]++;
      const evidence = evidenceOf(results);
      // The document checks (an `always` pack) judge the document itself, not claims to trace.
      const unevidenced = !pack.always && (rating === 'met' || rating === 'partially-met') && evidence.length === 0;
      return { clause: requirement.clause, title: requirement.title, rating, rules: results.map((r) => r.rule), evidence, unevidenced };
    });
    return { pack: pack.id, title: pack.title, requirements, counts, compliance: compliance(counts) };
  });
}

/** Met counts whole, partially met half, not met nothing; other ratings are left out. */
function compliance(counts: Readonly<Record<Rating, number>>): number | null {
  const rated = counts.met + counts['partially-met'] + counts['not-met'];
  return rated === 0 ? null : Math.round(((counts.met + counts['partially-met'] / 2) / rated) * 100);
}

/** The citations of the results, in document order (by the reference's position), each once. */
function evidenceOf(results: readonly RuleResult[]): EvidenceCitation[] {
  const seen = new Map<string, EvidenceCitation>();
  for (const result of results) {
    for (const citation of result.evidence ?? []) {
      const key = `${citation.pointer}\0${citation.ref}`;
      if (!seen.has(key)) seen.set(key, citation);
    }
  }
  if (seen.size <= 1) return [...seen.values()];
  return [...seen.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

const byRequirement = new WeakMap<readonly Rule[], Map<string, string[]>>();

/** Requirement key → IDs of the rules that audit it, in catalog order; built once per catalog (reports rate every document). */
function rulesByRequirement(rules: readonly Rule[]): Map<string, string[]> {
  let index = byRequirement.get(rules);
  if (!index) {
    index = new Map();
    for (const rule of rules) {
      for (const key of rule.implements) {
        const ids = index.get(key);
        if (ids) ids.push(rule.id);
        else index.set(key, [rule.id]);
      }
    }
    byRequirement.set(rules, index);
  }
  return index;
}

/**
 * How a requirement stands, from the results of the rules that audit it. A failure
 * counts when it is at warning or error severity and not in the baseline; info notes
 * and baselined failures never lower a rating (they count as passing).
 *  - not met: a rule fails at error severity and none of the requirement's applicable rules passes;
 *  - partially met: some of its applicable rules pass while others fail at error severity,
 *    or its only failures are warnings (a concern a surveyor would raise, not a missing element);
 *  - waived: nothing counting fails and a failure was waived;
 *  - not applicable: no rule applies; met: everything that applies passes.
 */
export function rate(results: readonly RuleResult[]): Rating {
  if (results.length === 0) return 'not-assessed';
  let errors = 0;
  let warnings = 0;
  let passes = 0;
  let waived = 0;
  for (const r of results) {
    if (r.status === 'fail' && !r.baselined && r.severity !== 'info') {
      if (r.severity === 'error') errors++;
      else warnings++;
    } else if (r.status === 'pass' || r.status === 'fail') passes++;
    else if (r.status === 'waived') waived++;
  }
  if (errors > 0) return passes > 0 ? 'partially-met' : 'not-met';
  if (warnings > 0) return 'partially-met';
  if (waived > 0) return 'waived';
  if (passes === 0) return 'not-applicable';
  return 'met';
}
