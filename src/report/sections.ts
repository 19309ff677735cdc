import type { DocumentResult, RuleResult, Waiver } from '../core/types.js';
import { packResults, type PackResult } from '../packs/crosswalk.js';
import { PACKS, allPacks, findRule } from '../packs/index.js';
import type { Pack } from '../packs/pack.js';
import { selectPacks } from '../packs/select.js';
import type { DocumentDigest, FormatContext } from './types.js';

/** The packs a report rates: those the run selected, else the default selection. */
export function packsOf(context: Pick<FormatContext, 'packs'>): readonly Pack[] {
  return context.packs ?? DEFAULT_PACKS;
}

const DEFAULT_PACKS = selectPacks(undefined, PACKS);

/**
 * A document's rule results grouped by pack, in the order the packs were
 * selected: each result under its own pack, or, when that pack was not
 * selected, under the first selected pack whose requirement it audits.
 * Empty groups are left out.
 */
export function byStandard(doc: DocumentResult, context: Pick<FormatContext, 'packs' | 'rules'>): { standard: string; title: string; results: RuleResult[] }[] {
  const packs = packsOf(context);
  const selected = new Set(packs.map((p) => p.id));
  const home = (r: RuleResult): string => {
    if (selected.has(r.standard)) return r.standard;
    const other = findRule(r.rule)?.implements.map((key) => key.slice(0, key.indexOf(':'))).find((id) => selected.has(id));
    return other ?? r.standard;
  };
  const groups = packs.map((pack) => ({ standard: pack.id, title: pack.title, results: [] as RuleResult[] }));
  const byId = new Map(groups.map((g) => [g.standard, g]));
  for (const r of doc.results) {
    const id = home(r);
    let group = byId.get(id);
    if (!group) {
      group = { standard: id, title: allPacks().find((p) => p.id === id)?.title ?? id, results: [] };
      byId.set(id, group);
      groups.push(group);
    }
    group.results.push(r);
  }
  return groups.filter((g) => g.results.length > 0);
}

/** How the document stands against each selected pack, requirement by requirement (see packResults). */
export function readiness(doc: DocumentResult, context: Pick<FormatContext, 'packs' | 'rules'>): PackResult[] {
  const packs = packsOf(context);
  const known = RATED.get(doc);
  if (known && known.packs === packs && known.rules === context.rules) return known.rated;
  const rated = packResults(doc, packs, context.rules);
  RATED.set(doc, { packs, rules: context.rules, rated });
  return rated;
}

/** A document is rated once per run: a client report reads its ratings for the cover, its section and the plan. */
const RATED = new WeakMap<DocumentResult, { packs: readonly Pack[]; rules: FormatContext['rules']; rated: PackResult[] }>();

/** The requirements of the selected packs a rule audits, as "<pack> <clause>" for a reader. */
export function requirementsOf(r: RuleResult, context: Pick<FormatContext, 'packs' | 'rules'>): string[] {
  const selected = new Set(packsOf(context).map((p) => p.id));
  const rule = findRule(r.rule);
  return (rule?.implements ?? []).filter((key) => selected.has(key.slice(0, key.indexOf(':'))));
}

/** One line per pack: requirements met, not met, not applicable, waived, and the compliance percentage. */
export function readinessLine(p: PackResult): string {
  const c = p.counts;
  const parts = [`${c.met} met`, ...(c['partially-met'] ? [`${c['partially-met']} partially met`] : []), `${c['not-met']} not met`, `${c['not-applicable']} not applicable`];
  if (c.waived) parts.push(`${c.waived} waived`);
  if (c['not-assessed']) parts.push(`${c['not-assessed']} not assessed`);
  return `${parts.join(', ')}; compliance ${p.compliance === null ? 'n/a' : `${p.compliance}%`}`;
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

/**
 * A copy of a text that holds nothing else: a name read from a document may be a slice of the
 * document's whole text, which a digest kept to the end of the run would then keep too
 * (10,000 documents' texts, ~46 MB, in a client report's front matter).
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** What a report's front matter keeps of a document (see DocumentDigest). */
export function digestOf(doc: DocumentResult, context: Pick<FormatContext, 'packs' | 'rules'>): DocumentDigest {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let waived = 0;
  const findings = { error: 0, warning: 0, info: 0 };
  for (const r of doc.results) {
    if (r.status === 'waived') waived++;
    if (r.status !== 'fail' || r.baselined) continue;
    for (const f of r.findings) findings[f.severity]++;
    if (r.severity === 'error') errors++;
    else if (r.severity === 'warning') warnings++;
    else infos++;
  }
  return {
    file: doc.file,
    ...(doc.name !== undefined ? { name: detached(doc.name) } : {}),
    ...(doc.provider !== undefined ? { provider: detached(doc.provider) } : {}),
    verdict: doc.verdict,
    errors,
    warnings,
    infos,
    waived,
    findings,
    readiness: doc.verdict === 'invalid' ? [] : readiness(doc, context).map((p) => ({ pack: p.pack, title: p.title, counts: p.counts, compliance: p.compliance })),
  };
}
