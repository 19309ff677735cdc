import { readiness, requirementsOf } from './sections.js';
import { refusedWhenTooLarge } from './too-large.js';
import { whole, type Formatter, type ReportStream } from './types.js';

/**
 * The whole audit result, as documented by schemas/report.schema.json, written
 * as JSON.stringify(result, null, 2) would write it. `quiet` drops passing rule results.
 */
export const jsonStream: ReportStream = {
  start: (head) => `{\n  "tool": ${indent(JSON.stringify(head.tool, null, 2), '  ')},\n  "documents": [`,
  document(doc, index, context) {
    const kept = context.quiet ? doc.results.filter((r) => r.status === 'fail') : doc.results;
    // A failure names the requirements it touches in every selected pack (the crosswalk), and an audited
    // document says how it stands against each pack.
    const results = kept.map((r) => (r.status === 'fail' || r.status === 'waived' ? { ...r, requirements: requirementsOf(r, context) } : r));
    const shown = doc.verdict === 'invalid' ? doc : { ...doc, results, packs: readiness(doc, context) };
    return `${index === 0 ? '' : ','}\n    ${indent(JSON.stringify(shown, null, 2), '    ')}`;
  },
  end: (tail, documents) =>
    `${documents === 0 ? ']' : '\n  ]'},\n  "summary": ${indent(JSON.stringify(tail.summary, null, 2), '  ')},\n  "notices": ${indent(JSON.stringify(tail.notices, null, 2), '  ')}\n}\n`,
};

export const json: Formatter = refusedWhenTooLarge('json', whole(jsonStream));

/** Nests pretty-printed JSON one level deeper: only the layout's own line breaks exist (strings escape theirs). */
function indent(text: string, by: string): string {
  return text.replace(/\n/g, `\n${by}`);
}
