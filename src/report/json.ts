import type { Formatter } from './types.js';

/** The whole audit result, as documented by schemas/report.schema.json. `quiet` drops passing rule results. */
export const json: Formatter = (result, context) => {
  const documents = context.quiet
    ? result.documents.map((doc) => ({ ...doc, results: doc.results.filter((r) => r.status === 'fail') }))
    : result.documents;
  return `${JSON.stringify({ ...result, documents }, null, 2)}\n`;
};
