import type { DocumentResult, Severity } from '../core/types.js';
import { wholeSectioned, type Formatter, type SectionedStream } from './types.js';
import { titleWithBasis } from './sections.js';
import { refusedWhenTooLarge } from './too-large.js';
import { visible } from './visible.js';

/**
 * GitHub Actions workflow commands: each finding becomes an annotation shown
 * inline on the pull request's changed file. Passing rules print nothing.
 *
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step
 * (and 50 per job) and drops the rest without a word. So at most that many of
 * each kind are annotated, shared out among the files in turn (each file's first
 * finding, then each file's second…), so one bad file cannot hide the others;
 * the rest are printed as plain log lines, and a notice says how many more there
 * are and where (this log, and the job summary the command line writes).
 */
const COMMAND: Record<Severity, Kind> = { error: 'error', warning: 'warning', info: 'notice' };

type Kind = 'error' | 'warning' | 'notice';

/** Annotations of one kind GitHub shows per step (actions/toolkit, docs/problem-matchers.md: "Limitations"). */
export const ANNOTATIONS_PER_KIND = 10;

interface Annotation {
  kind: Kind;
  file: string;
  line: number;
  column: number;
  title: string;
  message: string;
}

/** A file's annotations: `command` as an annotation, `log` as a plain line of the log. */
interface Rendered {
  kind: Kind;
  command: string;
  log: string;
}

/**
 * What the report keeps of a document for the annotations it may show. The cap shares each
 * kind's ANNOTATIONS_PER_KIND annotations among files in turn, so only the first that many
 * files with a kind can have one of it shown, and no file more than that many: those are
 * kept, rendered (flat text), with how many the document has in all. Every other finding
 * is a log line for certain, and goes to the `log` section as the run goes.
 */
export interface GithubDigest {
  candidates: Rendered[];
  total: Record<Kind, number>;
}

function annotationsOf(doc: DocumentResult): Annotation[] {
  return [
    ...doc.problems.map((p): Annotation => ({ kind: 'error', file: doc.file, line: p.line, column: p.column, title: `iop-audit ${p.kind} error`, message: p.message })),
    ...doc.results.filter((r) => r.status === 'fail' && !r.baselined).flatMap((r) => r.findings.map((f): Annotation => ({
      kind: COMMAND[f.severity], file: doc.file, line: f.line, column: f.column, title: `${r.rule} ${r.alias}: ${titleWithBasis(r)}`, message: `${f.message} (${f.pointer})`,
    }))),
  ];
}

/**
 * One run's GitHub report: its stream and its digest share what the run has seen (how many
 * files so far had each kind), so a report is made per run, its documents given in order.
 */
export function githubReport(): { stream: SectionedStream<GithubDigest>; digest: (doc: DocumentResult) => GithubDigest } {
  const filesWith = { error: 0, warning: 0, notice: 0 };
  let last: GithubDigest = { candidates: [], total: { error: 0, warning: 0, notice: 0 } };
  const stream: SectionedStream<GithubDigest> = {
    sections: ['log'],
    start: () => '',
    document(doc) {
      const total = { error: 0, warning: 0, notice: 0 };
      const candidates: Rendered[] = [];
      let log = '';
      const eligible = { error: filesWith.error < ANNOTATIONS_PER_KIND, warning: filesWith.warning < ANNOTATIONS_PER_KIND, notice: filesWith.notice < ANNOTATIONS_PER_KIND };
      for (const annotation of annotationsOf(doc)) {
        const kind = annotation.kind;
        if (eligible[kind] && total[kind] < ANNOTATIONS_PER_KIND) candidates.push({ kind, command: command(annotation), log: logLine(annotation) });
        else log += `${logLine(annotation)}\n`;
        total[kind]++;
      }
      for (const kind of KINDS) if (total[kind] > 0) filesWith[kind]++;
      last = { candidates, total };
      return log ? { log } : {};
    },
    front(tail, digests) {
      // The run's own notes are notices too: they go first, and one place is kept for the line about what was left out.
      const notices = tail.notices.length;
      const total = { error: 0, warning: 0, notice: 0 };
      for (const digest of digests) for (const kind of KINDS) total[kind] += digest.total[kind];
      const overflowing = total.error > ANNOTATIONS_PER_KIND || total.warning > ANNOTATIONS_PER_KIND || total.notice > Math.max(0, ANNOTATIONS_PER_KIND - notices);
      const room = { error: ANNOTATIONS_PER_KIND, warning: ANNOTATIONS_PER_KIND, notice: Math.max(0, ANNOTATIONS_PER_KIND - notices - (overflowing ? 1 : 0)) };
      const byFile = digests.map((d) => d.candidates);
      const shown = shareOut(byFile, room);

      const lines: string[] = [];
      for (const notice of tail.notices) lines.push(`::notice title=iop-audit::${data(notice)}`);
      const left = { error: total.error, warning: total.warning, notice: total.notice };
      for (const annotation of shown) left[annotation.kind]--;
      const leftOut = left.error + left.warning + left.notice;
      if (leftOut > 0) {
        const kinds = KINDS.filter((k) => left[k] > 0).map((k) => count(left[k], k === 'notice' ? 'note' : k)).join(', ');
        lines.push(`::notice title=iop-audit::${data(`${count(leftOut, 'more finding')} (${kinds}) not annotated: GitHub shows ${ANNOTATIONS_PER_KIND} annotations of each kind per step. They are listed below in this log, and every finding is in the job summary.`)}`);
      }
      for (const candidates of byFile) for (const annotation of candidates) if (shown.has(annotation)) lines.push(annotation.command);
      for (const candidates of byFile) for (const annotation of candidates) if (!shown.has(annotation)) lines.push(annotation.log);
      return lines.map((line) => `${line}\n`).join('');
    },
    end(tail) {
      const s = tail.summary;
      const baselined = s.baselined ? `; ${s.baselined} in the baseline, not annotated` : '';
      return `iop-audit: ${s.documents} document(s), ${s.passed} passed, ${s.failed} failed, ${s.invalid} invalid; ${s.errors} error(s), ${s.warnings} warning(s)${baselined}\n`;
    },
  };
  // Called after the stream's document() for the same document (as every writer does).
  const digest = (): GithubDigest => last;
  return { stream, digest };
}

const KINDS = ['error', 'warning', 'notice'] as const;

export const github: Formatter = refusedWhenTooLarge('github', (result, context) => {
  const { stream, digest } = githubReport();
  return wholeSectioned(stream, digest)(result, context);
});

/**
 * Which annotations to show, at most `room[kind]` of each kind, shared among the files in turn:
 * each file's first of a kind, then each file's second, and so on.
 */
function shareOut<A extends { kind: Kind }>(byFile: readonly (readonly A[])[], room: Record<Kind, number>): Set<A> {
  const shown = new Set<A>();
  for (const kind of ['error', 'warning', 'notice'] as const) {
    const queues = byFile.map((annotations) => annotations.filter((a) => a.kind === kind)).filter((q) => q.length > 0);
    let left = room[kind];
    for (let turn = 0; left > 0 && queues.some((q) => q.length > turn); turn++) {
      for (const queue of queues) {
        if (left === 0) break;
        const next = queue[turn];
        if (next === undefined) continue;
        shown.add(next);
        left--;
      }
    }
  }
  return shown;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function command(a: Annotation): string {
  return `::${a.kind} file=${property(a.file)},line=${a.line},col=${a.column},title=${property(a.title)}::${data(a.message)}`;
}

/** A finding left unannotated, as a plain line of the log: it starts with a word of ours, so a file named `::error …` cannot make it a command. */
function logLine(a: Annotation): string {
  return visible(`not annotated: ${a.file}:${a.line}:${a.column}: ${a.kind === 'notice' ? 'note' : a.kind}: ${a.title}: ${a.message}`.replace(/\r?\n|\r/g, ' '));
}

/**
 * The escaping the runner undoes in a command's message; the runner keeps every other
 * control character, and the log shows what a terminal would make of it, so those are
 * made visible (see visible).
 */
function data(text: string): string {
  return visible(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Property values also escape the separators of the property list. */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
