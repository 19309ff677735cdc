import type { Severity } from '../core/types.js';
import { whole, type Formatter, type ReportStream } from './types.js';
import { titleWithBasis } from './sections.js';
import { refusedWhenTooLarge } from './too-large.js';
import { visible } from './visible.js';

/**
 * GitHub Actions workflow commands: each finding becomes an annotation shown
 * inline on the pull request's changed file. Passing rules print nothing.
 */
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export const githubStream: ReportStream = {
  start: () => '',
  document(doc) {
    let text = '';
    for (const p of doc.problems) {
      text += `${annotation('error', doc.file, p.line, p.column, `iop-audit ${p.kind} error`, p.message)}\n`;
    }
    for (const r of doc.results) {
      if (r.status !== 'fail' || r.baselined) continue;
      for (const f of r.findings) {
        text += `${annotation(COMMAND[f.severity], doc.file, f.line, f.column, `${r.rule} ${r.alias}: ${titleWithBasis(r)}`, `${f.message} (${f.pointer})`)}\n`;
      }
    }
    return text;
  },
  end(tail) {
    // The run's notes (config and baseline applied, expired waivers…) as plain notices, so nothing vanishes without a word.
    let text = '';
    for (const notice of tail.notices) text += `::notice title=iop-audit::${data(notice)}\n`;
    const s = tail.summary;
    const baselined = s.baselined ? `; ${s.baselined} in the baseline, not annotated` : '';
    return `${text}iop-audit: ${s.documents} document(s), ${s.passed} passed, ${s.failed} failed, ${s.invalid} invalid; ${s.errors} error(s), ${s.warnings} warning(s)${baselined}\n`;
  },
};

export const github: Formatter = refusedWhenTooLarge('github', whole(githubStream));

function annotation(command: string, file: string, line: number, col: number, title: string, message: string): string {
  return `::${command} file=${property(file)},line=${line},col=${col},title=${property(title)}::${data(message)}`;
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
