import type { DocumentResult, RuleResult, Standard, Waiver } from '../core/types.js';


/** How the hand-over reports title each standard. */
export const STANDARD_TITLES: Record<Standard, string> = {
  samhsa: 'SAMHSA TIP 47: the 14 principles of intensive outpatient treatment',
  joint: 'Joint ASAM / APA / AAAP specifications for intensive outpatient programs',
  schedule: 'Schedule checks',
};

const ORDER: readonly Standard[] = ['samhsa', 'joint', 'schedule'];

/** A document's rule results grouped by standard, in catalog order; empty standards are left out. */
export function byStandard(doc: DocumentResult): { standard: Standard; title: string; results: RuleResult[] }[] {
  return ORDER
    .map((standard) => ({ standard, title: STANDARD_TITLES[standard], results: doc.results.filter((r) => r.standard === standard) }))
    .filter((group) => group.results.length > 0);
}

/** What a result shows as its state: a baselined failure is not a new failure. */
export function stateOf(r: RuleResult): 'pass' | 'error' | 'warning' | 'info' | 'not-applicable' | 'waived' | 'baselined' {
  if (r.status === 'fail') return r.baselined ? 'baselined' : r.severity;
  return r.status;
}

/** Every waiver that applied in the run, once per rule and file. */
export function appliedWaivers(documents: readonly DocumentResult[]): { file: string; rule: string; waiver: Waiver }[] {
  const out: { file: string; rule: string; waiver: Waiver }[] = [];
  for (const doc of documents) {
    for (const r of doc.results) if (r.status === 'waived' && r.waiver) out.push({ file: doc.file, rule: r.rule, waiver: r.waiver });
  }
  return out;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One line for a rule that did not fail: where its evidence is, why it does not apply, or who waived it. */
export function resultNote(doc: DocumentResult, r: RuleResult): string {
  if (r.status === 'pass') {
    // A pass judged by a stated analogue says so ("passes (judged by …)").
    const judged = r.message.startsWith('passes (') ? `${r.message.slice(7)}; ` : '';
    return `${judged}evidence at ${doc.file}:${r.line}:${r.column}`;
  }
  if (r.status === 'waived' && r.waiver) return `waived: ${waiverText(r.waiver)}`;
  return r.message;
}

export function waiverText(w: Waiver): string {
  return `${w.justification} (approved by ${w.approved_by}${w.expires ? `, until ${w.expires}` : ''})`;
}

/** A rule's title with its basis when that is weaker than the source's own text: "… [secondary]". */
export function titleWithBasis(r: Pick<RuleResult, 'title' | 'basis'>): string {
  return r.basis === 'primary' ? r.title : `${r.title} [${r.basis}]`;
}
