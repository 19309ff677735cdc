import { planRows, ratingRows, RATING_LABELS } from './client.js';
import { csvRecord } from './csv-cell.js';
import { whole, type ReportStream } from './types.js';
import { visible } from './visible.js';

/**
 * The remediation plan and the per-requirement ratings as CSV (RFC 4180, CRLF), for the
 * spreadsheets consultants track work in: a header record, then each document's records as
 * it comes. Text from documents has its control characters shown as escapes and never opens
 * a cell with a formula character (see csvCell).
 */
const PLAN_HEADER = ['program', 'file', 'requirement', 'rule', 'finding', 'fix', 'priority', 'owner', 'due_date'];

export const csvPlanStream: ReportStream = {
  start: () => csvRecord(PLAN_HEADER),
  document: (doc, index, context) => planRows(doc, index, context)
    .map((row) => csvRecord([row.program, row.file, row.requirements.join('; '), row.rule, row.finding, row.fix, row.priority, '', ''].map(visible)))
    .join(''),
  end: () => '',
};

const RATINGS_HEADER = ['program', 'file', 'pack', 'requirement', 'title', 'rating', 'evidence', 'unevidenced'];

export const csvRatingsStream: ReportStream = {
  start: () => csvRecord(RATINGS_HEADER),
  document: (doc, _index, context) => ratingRows(doc, context)
    .map((row) => csvRecord([row.program, row.file, row.pack, row.clause, row.title, RATING_LABELS[row.rating].toLowerCase(), row.evidence.join('; '), row.unevidenced ? 'yes' : 'no'].map(visible)))
    .join(''),
  end: () => '',
};

export const csvPlan = whole(csvPlanStream);
export const csvRatings = whole(csvRatingsStream);
