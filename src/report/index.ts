import type { DocumentResult } from '../core/types.js';
import type { Format, FormatContext, Formatter, ReportStream, SectionedStream } from './types.js';

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

/** The formats written piece by piece in document order (see ReportStream): report worker threads can write them. */
export async function loadReportStream(format: Format): Promise<ReportStream | undefined> {
  if (format === 'table') return (await import('./table.js')).tableStream;
  if (format === 'json') return (await import('./json.js')).jsonStream;
  if (format === 'csv-plan') return (await import('./csv.js')).csvPlanStream;
  if (format === 'csv-ratings') return (await import('./csv.js')).csvRatingsStream;
  return undefined;
}

/** How a format is written while a run goes: in document order, in sections laid out at the end, or (until it streams) whole. */
export type ReportKind =
  | { kind: 'stream'; stream: ReportStream }
  | { kind: 'sectioned'; stream: SectionedStream<unknown>; digest: (doc: DocumentResult, context: FormatContext) => unknown }
  | { kind: 'whole'; formatter: Formatter };

export async function loadReport(format: Format): Promise<ReportKind> {
  const stream = await loadReportStream(format);
  if (stream) return { kind: 'stream', stream };
  if (format === 'sarif') return { kind: 'sectioned', stream: (await import('./sarif.js')).sarifStream, digest: () => null };
  if (format === 'junit') {
    const { junitStream, junitCounts } = await import('./junit.js');
    return { kind: 'sectioned', stream: junitStream as SectionedStream<unknown>, digest: junitCounts };
  }
  if (format === 'github') {
    const { stream, digest } = (await import('./github.js')).githubReport();
    return { kind: 'sectioned', stream: stream as SectionedStream<unknown>, digest };
  }
  if (format === 'html' || format === 'markdown') {
    const [{ digestOf }, stream] = await Promise.all([
      import('./sections.js'),
      format === 'html' ? import('./html.js').then((m) => m.htmlStream) : import('./markdown.js').then((m) => m.markdownStream),
    ]);
    return { kind: 'sectioned', stream: stream as SectionedStream<unknown>, digest: digestOf };
  }
  return { kind: 'whole', formatter: await loadFormatter(format) };
}

export { FORMATS, type Format, type FormatContext, type Formatter, type ReportStream } from './types.js';
