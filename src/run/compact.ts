import type { DocumentResult, RuleResult } from '../core/types.js';
import { findRule } from '../rules/index.js';

/**
 * A document result without the rule metadata every result repeats (alias,
 * standard, clause, title, citation, basis): what crosses from a worker thread and
 * what the cache stores. `expand` puts the metadata back from the catalog, so
 * the result is the same as one computed in place.
 */
type StaticField = 'alias' | 'standard' | 'clause' | 'title' | 'citation' | 'basis';
export type CompactResult = Omit<DocumentResult, 'results'> & { results: Omit<RuleResult, StaticField>[] };

export function compact(doc: DocumentResult): CompactResult {
  return {
    ...doc,
    results: doc.results.map(({ alias: _a, standard: _s, clause: _c, title: _t, citation: _ci, basis: _b, ...dynamic }) => dynamic),
  };
}

export function expand(doc: CompactResult): DocumentResult {
  return {
    ...doc,
    results: doc.results.map((r) => {
      const rule = findRule(r.rule);
      if (!rule) throw new Error(`unknown rule ${r.rule} in a stored result`);
      // Same key order as the engine builds, so reports are byte-identical.
      const { rule: id, ...rest } = r;
      return { rule: id, alias: rule.alias, standard: rule.standard, clause: rule.clause, title: rule.title, citation: rule.citation, basis: rule.basis, ...rest };
    }),
  };
}

/** A result as the cache stores it: compact JSON text. */
export function storedForm(doc: DocumentResult): string {
  return JSON.stringify(compact(doc));
}
