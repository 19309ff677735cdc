import type { DocumentResult, EvidenceCitation, Finding, Problem, RuleResult, Severity } from '../core/types.js';
import type { Level } from '../domain/program.js';
import type { Rating, RequirementRating } from '../packs/crosswalk.js';
import type { Rule } from '../packs/define.js';
import { findRule } from '../packs/index.js';
import type { Pack } from '../packs/pack.js';
import { splitRequirementKey } from '../packs/pack.js';
import { byStandard, packsOf, plural, readiness, requirementsOf, resultNote, titleWithBasis } from './sections.js';
import type { DocumentDigest, FormatContext } from './types.js';

/**
 * What the client-facing reports (HTML, Markdown, the CSV plan and ratings) say, as plain
 * data: each format only lays it out. Positions, JSON pointers and YAML examples are kept
 * apart, for `--technical`.
 */

export const RATING_LABELS: Record<Rating, string> = {
  met: 'Met',
  'partially-met': 'Partially met',
  'not-met': 'Not met',
  'not-applicable': 'Not applicable',
  waived: 'Waived',
  'not-assessed': 'Not assessed',
};

/** The order ratings are counted in, worst first after met. */
export const RATINGS: readonly Rating[] = ['met', 'partially-met', 'not-met', 'not-applicable', 'waived', 'not-assessed'];

export const NO_EVIDENCE = 'claimed, no evidence cited';

/** A finding's priority in the remediation plan, from its severity. */
export function priorityOf(severity: Severity): 'High' | 'Medium' | 'Low' {
  return severity === 'error' ? 'High' : severity === 'warning' ? 'Medium' : 'Low';
}

/** What to change for one finding: its own fix, else the rule's general remediation. */
export function fixOf(finding: Pick<Finding, 'fix'>, rule: Pick<Rule, 'remediation'> | undefined): string {
  return finding.fix ?? rule?.remediation.text ?? '';
}

/** One evidence reference as a reader needs it: the reference, and the document it points to. */
export function citationText(c: EvidenceCitation): string {
  const d = c.document;
  if (!d) return `${c.ref} (not among the document's listed sources)`;
  const about = [d.kind.replace(/-/g, ' '), ...(d.version !== undefined ? [`version ${d.version}`] : []), ...(d.effective !== undefined ? [`effective ${d.effective}`] : [])];
  return `${c.ref}: ${d.title} (${about.join(', ')})`;
}

/** A requirement's evidence lines: the references cited, "claimed, no evidence cited", or none. */
export function evidenceLines(req: Pick<RequirementRating, 'evidence' | 'unevidenced'>): string[] {
  if (req.evidence.length > 0) return req.evidence.map(citationText);
  return req.unevidenced ? [NO_EVIDENCE] : [];
}

/** Counts by rating in words, leaving out the ratings nothing has ("3 met, 1 not met, 2 not applicable"). */
export function ratingWords(counts: Partial<Record<Rating, number>>): string {
  const parts = RATINGS.filter((r) => (counts[r] ?? 0) > 0).map((r) => `${counts[r]} ${RATING_LABELS[r].toLowerCase()}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing rated';
}

const LEVELS: Record<Level, string> = {
  'standard-outpatient': 'standard outpatient',
  'intensive-outpatient': 'intensive outpatient',
  'partial-hospitalization': 'partial hospitalization',
  residential: 'residential',
};

/** The schedule facts in plain words, as label and value. */
export function plainFacts(doc: DocumentResult): [string, string][] {
  const f = doc.facts;
  const out: [string, string][] = [['Level of care declared', doc.declaredLevel ? LEVELS[doc.declaredLevel] : 'not stated']];
  if (!f) return out;
  if (f.treatmentHoursPerWeek === null) {
    out.push(['Treatment hours a week', 'not given by the schedule']);
    return out;
  }
  out.push(['Treatment hours a week', `${f.treatmentHoursPerWeek} (from the ${f.source === 'timetable' ? 'timetable' : 'schedule summary'})`]);
  if (f.impliedLevel) out.push(['Level these hours indicate', LEVELS[f.impliedLevel]]);
  out.push(['Days a week', String(f.daysPerWeek ?? 0)]);
  out.push(['Longest day', `${plural(f.longestDayHours ?? 0, 'hour')}${f.longestDay ? ` (${f.longestDay})` : ''}`]);
  if (f.adjunctiveHoursPerWeek > 0) out.push(['Support time not counted as treatment', `${plural(f.adjunctiveHoursPerWeek, 'hour')} a week`]);
  if (f.evenSplitBlocks.length > 0) out.push(['Assumed', `${f.evenSplitBlocks.length} mixed session(s) give no minutes per activity: their time was split evenly`]);
  if (f.overlaps.length > 0) out.push(['Overlapping sessions', `${f.overlaps.length}, each stretch of time counted once`]);
  return out;
}

/** A requirement as one line for a reader: "Title (pack clause)". */
export function requirementLabel(key: string, packs: readonly Pack[]): string {
  const { pack, clause } = splitRequirementKey(key);
  const title = packs.find((p) => p.id === pack)?.requirements.find((r) => r.clause === clause)?.title;
  return title ? `${title} (${pack} ${clause})` : `${pack} ${clause}`;
}

/** One row of the remediation plan: one finding to act on. */
export interface PlanRow {
  /** `<program number>.<finding number>`, to refer to it in a meeting or a tracker. */
  ref: string;
  program: string;
  file: string;
  requirements: string[];
  rule: string;
  ruleTitle: string;
  finding: string;
  fix: string;
  priority: 'High' | 'Medium' | 'Low';
  /** For --technical. */
  line: number;
  column: number;
  pointer: string;
}

/** What to change for each kind of problem that keeps a document from being audited. */
const PROBLEM_FIXES: Record<Problem['kind'], string> = {
  read: 'Save the file as UTF-8 text where the tool can read it, then audit it again.',
  syntax: 'Correct the YAML at this place, then audit the document again; nothing in it is rated until it reads.',
  schema: 'Write what the program schema takes here (`iop-audit schema --field <field>` lists a field\'s values), then audit the document again; nothing in it is rated until it is valid.',
  schedule: 'Make the timetable agree with itself here, then audit the document again; nothing in it is rated until it does.',
  privacy: 'Remove the personal data (or, if it is not a client\'s, mark its line as the finding says), then audit the document again: a program document describes the program, never a client.',
};

/**
 * The findings a program has to act on (failures neither waived nor in the baseline), highest
 * priority first, then in the order the rules run; for a document that could not be audited, its problems.
 */
export function planRows(doc: DocumentResult, index: number, context: Pick<FormatContext, 'packs' | 'rules'>): PlanRow[] {
  // A document that could not be audited still has work to do: its problems head the plan, so that a
  // tracker fed from the plan never loses the program (its requirements are rated once it is valid).
  if (doc.verdict === 'invalid') {
    return doc.problems.map((p, n) => ({
      ref: `${index + 1}.${n + 1}`, program: doc.name ?? doc.file, file: doc.file, requirements: [], rule: p.kind,
      ruleTitle: 'A valid program document', finding: p.message, fix: PROBLEM_FIXES[p.kind], priority: 'High',
      line: p.line, column: p.column, pointer: p.pointer,
    }));
  }
  const packs = packsOf(context);
  const rows: Omit<PlanRow, 'ref'>[] = [];
  for (const r of doc.results) {
    if (r.status !== 'fail' || r.baselined) continue;
    const rule = findRule(r.rule);
    const requirements = requirementsOf(r, context).map((key) => requirementLabel(key, packs));
    for (const f of r.findings) {
      rows.push({
        program: doc.name ?? doc.file, file: doc.file, requirements, rule: r.rule, ruleTitle: r.title,
        finding: f.message, fix: fixOf(f, rule), priority: priorityOf(f.severity), line: f.line, column: f.column, pointer: f.pointer,
      });
    }
  }
  const rank = { High: 0, Medium: 1, Low: 2 };
  return rows
    .map((row, order) => ({ row, order }))
    .sort((a, b) => rank[a.row.priority] - rank[b.row.priority] || a.order - b.order)
    .map(({ row }, n) => ({ ref: `${index + 1}.${n + 1}`, ...row }));
}

/** One requirement as rated for one program, for the ratings CSV. */
export interface RatingRow {
  program: string;
  file: string;
  pack: string;
  clause: string;
  title: string;
  rating: Rating;
  evidence: string[];
  unevidenced: boolean;
}

export function ratingRows(doc: DocumentResult, context: Pick<FormatContext, 'packs' | 'rules'>): RatingRow[] {
  if (doc.verdict === 'invalid') return [];
  return readiness(doc, context).flatMap((p) => p.requirements.map((req) => ({
    program: doc.name ?? doc.file, file: doc.file, pack: p.pack, clause: req.clause, title: req.title,
    rating: req.rating, evidence: req.evidence.map(citationText), unevidenced: req.unevidenced,
  })));
}

/** A failing rule as a program section shows it. */
export interface FailingView {
  rule: string;
  alias: string;
  title: string;
  /** error / warning / info, or "…, in baseline". */
  label: string;
  state: 'error' | 'warning' | 'info' | 'baselined';
  citation: string;
  requirements: string[];
  /** Each finding, with its own severity when it is below the rule's (a warning inside an error rule), said after it. */
  findings: { message: string; fix: string; lesser?: Severity; line: number; column: number; pointer: string }[];
  /** The rule's YAML example (for --technical). */
  example?: string;
}

export interface PackView {
  id: string;
  title: string;
  /** "3 met, 1 not met" (never "1 of 2 passed": what did not apply is said so). */
  summary: string;
  requirements: { clause: string; title: string; rating: Rating; evidence: string[] }[];
  failing: FailingView[];
  /** Rules that did not fail, with a note (shown with --technical). */
  others: { rule: string; title: string; status: string; note: string }[];
}

/** A program's section of a client report. */
export interface ProgramView {
  anchor: string;
  title: string;
  provider?: string;
  file: string;
  verdict: DocumentResult['verdict'];
  problems: { where: string; message: string }[];
  facts: [string, string][];
  packs: PackView[];
}

export function anchorOf(index: number): string {
  return `program-${index + 1}`;
}

export function programView(doc: DocumentResult, index: number, context: FormatContext): ProgramView {
  const view: ProgramView = {
    anchor: anchorOf(index),
    title: doc.name ?? doc.file,
    ...(doc.provider !== undefined ? { provider: doc.provider } : {}),
    file: doc.file,
    verdict: doc.verdict,
    problems: doc.problems.map((p) => ({ where: `${doc.file}:${p.line}:${p.column}`, message: `${p.kind} error: ${p.message}` })),
    facts: doc.verdict === 'invalid' ? [] : plainFacts(doc),
    packs: [],
  };
  // A run of validate rates nothing: every requirement would read "not assessed".
  if (doc.verdict === 'invalid' || context.validating) return view;
  const packs = packsOf(context);
  const groups = new Map(byStandard(doc, context).map((g) => [g.standard, g]));
  const rated = readiness(doc, context);
  const ids = [...rated.map((p) => p.pack), ...[...groups.keys()].filter((id) => !rated.some((p) => p.pack === id))];
  for (const id of ids) {
    const p = rated.find((x) => x.pack === id);
    const group = groups.get(id);
    const results = group?.results ?? [];
    view.packs.push({
      id,
      title: p?.title ?? group?.title ?? id,
      summary: p ? ratingWords(p.counts) : '',
      requirements: (p?.requirements ?? []).map((req) => ({ clause: req.clause, title: req.title, rating: req.rating, evidence: evidenceLines(req) })),
      failing: results.filter((r) => r.status === 'fail').map((r) => failingView(r, requirementsOf(r, context).map((key) => requirementLabel(key, packs)))),
      others: results.filter((r) => r.status !== 'fail').map((r) => ({ rule: r.rule, title: r.title, status: r.status, note: resultNote(doc, r) })),
    });
  }
  return view;
}

function failingView(r: RuleResult, requirements: string[]): FailingView {
  const rule = findRule(r.rule);
  return {
    rule: r.rule,
    alias: r.alias,
    title: titleWithBasis(r),
    label: r.baselined ? `${r.severity}, in baseline` : r.severity,
    state: r.baselined ? 'baselined' : r.severity,
    citation: r.citation,
    requirements,
    findings: r.findings.map((f) => ({ message: f.message, fix: fixOf(f, rule), ...(f.severity !== r.severity ? { lesser: f.severity } : {}), line: f.line, column: f.column, pointer: f.pointer })),
    ...(rule ? { example: rule.remediation.example } : {}),
  };
}

/** The waivers a program's results used, as the waivers table lists them. */
export function waiverRows(doc: DocumentResult): { program: string; rule: string; justification: string; approvedBy: string; expires: string }[] {
  return doc.results.filter((r) => r.status === 'waived' && r.waiver).map((r) => ({
    program: doc.name ?? doc.file, rule: `${r.rule} ${r.title}`, justification: r.waiver!.justification, approvedBy: r.waiver!.approved_by, expires: r.waiver!.expires ?? 'no expiry',
  }));
}

/** Ratings summed over programs, per pack, in the run's pack order. */
export function packTotals(digests: readonly DocumentDigest[]): { pack: string; title: string; counts: Record<Rating, number> }[] {
  const totals = new Map<string, { pack: string; title: string; counts: Record<Rating, number> }>();
  for (const d of digests) {
    for (const p of d.readiness) {
      let total = totals.get(p.pack);
      if (!total) {
        total = { pack: p.pack, title: p.title, counts: { met: 0, 'partially-met': 0, 'not-met': 0, 'not-applicable': 0, waived: 0, 'not-assessed': 0 } };
        totals.set(p.pack, total);
      }
      for (const r of RATINGS) total.counts[r] += p.counts[r] ?? 0;
    }
  }
  return [...totals.values()];
}

/** The executive summary's first words: how many documents, against what. */
export function reviewedLine(documents: number, context: Pick<FormatContext, 'packs' | 'validating'>): string {
  return context.validating
    ? `${plural(documents, 'program document')} checked against the program format.`
    : `${plural(documents, 'program document')} reviewed against ${plural(packsOf(context).length, 'standard')}.`;
}

/** What the ratings-per-standard table counts, and what "not assessed" means when it has any. */
export function ratedOnce(totals: ReturnType<typeof packTotals>): string {
  const unassessed = totals.some((t) => t.counts['not-assessed'] > 0);
  return `Each requirement is rated once per program.${unassessed ? ' Not assessed: no check of this tool covers the requirement; it needs a reviewer\'s judgement.' : ''}`;
}

/** The one-line verdict on the cover, from what the programs' requirements came to. */
export function overallReadiness(digests: readonly DocumentDigest[], context: Pick<FormatContext, 'validating'>): { level: 'ready' | 'partly' | 'not-ready' | 'none'; text: string } {
  if (digests.length === 0) return { level: 'none', text: 'No program documents were reviewed.' };
  if (context.validating) return { level: 'none', text: 'Not rated: the documents were checked against the program format only (validate), not against the standards.' };
  const invalid = digests.filter((d) => d.verdict === 'invalid').length;
  const counts: Record<Rating, number> = { met: 0, 'partially-met': 0, 'not-met': 0, 'not-applicable': 0, waived: 0, 'not-assessed': 0 };
  for (const t of packTotals(digests)) for (const r of RATINGS) counts[r] += t.counts[r];
  const rated = `${counts.met} of ${plural(counts.met + counts['partially-met'] + counts['not-met'], 'applicable requirement rating')} met`;
  const across = (rating: Rating) => plural(digests.filter((d) => d.readiness.some((p) => (p.counts[rating] ?? 0) > 0)).length, 'program');
  if (invalid > 0) return { level: 'not-ready', text: `Not ready: ${plural(invalid, 'program document')} could not be reviewed; ${rated}.` };
  if (counts['not-met'] > 0) return { level: 'not-ready', text: `Not ready: ${plural(counts['not-met'], 'requirement')} not met in ${across('not-met')}; ${rated}.` };
  if (counts['partially-met'] > 0) return { level: 'partly', text: `Partly ready: ${plural(counts['partially-met'], 'requirement')} partially met in ${across('partially-met')}; ${rated}.` };
  return { level: 'ready', text: `Ready on the documents reviewed: ${rated}; the rest do not apply${counts.waived ? ' or are waived' : ''}.` };
}

/** The run's packs with their editions: the scope when the engagement states none. */
export function scopeLines(packs: readonly Pack[]): string[] {
  return packs.map((p) => `${p.title} (${p.id}; ${p.edition}${p.year !== undefined && !p.edition.includes(String(p.year)) ? `, ${p.year}` : ''})`);
}

/** The names of the providers the programs' documents give, each once. */
export function providersOf(digests: readonly DocumentDigest[]): string[] {
  return [...new Set(digests.flatMap((d) => (d.provider !== undefined ? [d.provider] : [])))];
}

/** What the tool does and does not establish: our own words, printed at the end of every client report. */
export const DISCLAIMER = [
  'This report was produced by iop-audit, which reads the program descriptions named in it and compares what they state with the requirements of the standards listed in the scope. Each rating says whether the description, as written, meets a requirement; the evidence shown is what the description cites for it.',
  'It does not establish that the program operates as described: it did not observe services, interview staff or clients, or read the policies, procedures and records the description cites. A requirement marked "claimed, no evidence cited" rests on the description alone. Ratings follow the tool\'s reading of each source, which the rule documentation states, including where a source could only be checked against secondary accounts.',
  'The report is not an accreditation, certification, licensing or payer decision, and not legal advice. Those rest with the accrediting body, the state or the payer concerned.',
];
