import type { Format, Formatter, ReportStream } from './types.js';

/**
 * Formatters load on demand, so a run pays only for the format it prints
 * (the table's colour and layout libraries stay unloaded for JSON or SARIF).
 */
const loaders = {
  table: async () => (await import('./table.js')).table,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  junit: async () => (await import('./junit.js')).junit,
  github: async () => (await import('./github.js')).github,
  markdown: async () => (await import('./markdown.js')).markdown,
  html: async () => (await import('./html.js')).html,
  'csv-plan': async () => (await import('./csv.js')).csvPlan,
  'csv-ratings': async () => (await import('./csv.js')).csvRatings,
} satisfies Record<Format, () => Promise<Formatter>>;

export function loadFormatter(format: Format): Promise<Formatter> {
  return loaders[format]();
}

/** The formats that can be written while a run goes (see ReportStream); the others are built whole. */
export async function loadReportStream(format: Format): Promise<ReportStream | undefined> {
  if (format === 'table') return (await import('./table.js')).tableStream;
  if (format === 'json') return (await import('./json.js')).jsonStream;
  if (format === 'csv-plan') return (await import('./csv.js')).csvPlanStream;
  if (format === 'csv-ratings') return (await import('./csv.js')).csvRatingsStream;
  return undefined;
}

export { FORMATS, type Format, type FormatContext, type Formatter, type ReportStream } from './types.js';
