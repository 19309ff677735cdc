/** Writes `count` deterministic program documents into `dir` (emptied first) and returns their paths. */
export declare function writeCorpus(dir: string, count: number, seed?: number): string[];
