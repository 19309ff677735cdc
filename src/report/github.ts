import type { Severity } from '../core/types.js';
import type { Formatter } from './types.js';
import { titleWithBasis } from './sections.js';
import { refusedWhenTooLarge } from './too-large.js';
import { visible } from './visible.js';

/**
 * GitHub Actions workflow commands: each finding becomes an annotation shown
 * inline on the pull request's changed file. Passing rules print nothing.
 */
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export const github: Formatter = refusedWhenTooLarge('github', (result) => {
  const lines: string[] = [];
  for (const doc of result.documents) {
    for (const p of doc.problems) {
      lines.push(annotation('error', doc.file, p.line, p.column, `iop-audit ${p.kind} error`, p.message));
    }
    for (const r of doc.results) {
      if (r.status !== 'fail' || r.baselined) continue;
      for (const f of r.findings) {
        lines.push(annotation(COMMAND[f.severity], doc.file, f.line, f.column, `${r.rule} ${r.alias}: ${titleWithBasis(r)}`, `${f.message} (${f.pointer})`));
      }
    }
  }
  // The run's notes (config and baseline applied, expired waivers…) as plain notices, so nothing vanishes without a word.
  for (const notice of result.notices) lines.push(`::notice title=iop-audit::${data(notice)}`);
  const s = result.summary;
  const baselined = s.baselined ? `; ${s.baselined} in the baseline, not annotated` : '';
  lines.push(`iop-audit: ${s.documents} document(s), ${s.passed} passed, ${s.failed} failed, ${s.invalid} invalid; ${s.errors} error(s), ${s.warnings} warning(s)${baselined}`);
  return `${lines.join('\n')}\n`;
});

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
