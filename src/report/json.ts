import type { DocumentResult } from '../core/types.js';
import { whole, type Formatter, type ReportStream } from './types.js';

/**
 * The whole audit result, as documented by schemas/report.schema.json, written
 * as JSON.stringify(result, null, 2) would write it. `quiet` drops passing rule results.
 */
export const jsonStream: ReportStream = {
  start: (head) => `{\n  "tool": ${indent(JSON.stringify(head.tool, null, 2), '  ')},\n  "documents": [`,
  document(doc, index, context) {
    const shown: DocumentResult = context.quiet ? { ...doc, results: doc.results.filter((r) => r.status === 'fail') } : doc;
    return `${index === 0 ? '' : ','}\n    ${indent(JSON.stringify(shown, null, 2), '    ')}`;
  },
  end: (tail, documents) =>
    `${documents === 0 ? ']' : '\n  ]'},\n  "summary": ${indent(JSON.stringify(tail.summary, null, 2), '  ')},\n  "notices": ${indent(JSON.stringify(tail.notices, null, 2), '  ')}\n}\n`,
};

export const json: Formatter = whole(jsonStream);

/** Nests pretty-printed JSON one level deeper: only the layout's own line breaks exist (strings escape theirs). */
function indent(text: string, by: string): string {
  return text.replace(/\n/g, `\n${by}`);
}
