/** The layouts documents are written in, with their share of the corpus (percent). */
export declare const LAYOUTS: Record<string, number>;
/** The corpus's documents, one by one: file name, text, layout, what was done to it ('valid', 'schema', 'syntax') and the data drawn. */
export declare function corpusDocuments(count: number, seed?: number): Generator<{ name: string; text: string; layout: string; kind: 'valid' | 'schema' | 'syntax'; data: Record<string, unknown> }>;
/** Writes `count` deterministic program documents into `dir` (emptied first) and returns their paths. */
export declare function writeCorpus(dir: string, count: number, seed?: number): string[];
