import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../cli/errors.js';

/**
 * The failures recorded in an earlier JSON report. A finding is known when
 * the same file, rule and JSON pointer failed there; matching never uses the
 * rule alone, so a new gap under an old rule still fails the run.
 */
export interface Baseline {
  has(file: string, rule: string, pointer: string): boolean;
}

export function baselineFrom(report: unknown): Baseline {
  const known = new Set<string>();
  const documents = (report as { documents?: unknown })?.documents;
  if (!Array.isArray(documents)) throw new Error('not an iop-audit JSON report (no documents list)');
  for (const doc of documents as Array<{ file?: unknown; results?: unknown }>) {
    if (typeof doc?.file !== 'string' || !Array.isArray(doc.results)) continue;
    for (const result of doc.results as Array<{ rule?: unknown; status?: unknown; findings?: unknown }>) {
      if (result?.status !== 'fail' || typeof result.rule !== 'string' || !Array.isArray(result.findings)) continue;
      for (const finding of result.findings as Array<{ pointer?: unknown }>) {
        if (typeof finding?.pointer === 'string') known.add(key(doc.file, result.rule, finding.pointer));
      }
    }
  }
  return { has: (file, rule, pointer) => known.has(key(file, rule, pointer)) };
}

export async function loadBaseline(path: string, cwd: string): Promise<Baseline> {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read baseline ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return baselineFrom(JSON.parse(text));
  } catch (error) {
    throw new UsageError(`baseline ${path} is not an iop-audit JSON report: ${(error as Error).message}`);
  }
}

function key(file: string, rule: string, pointer: string): string {
  return `${file}\0${rule}\0${pointer}`;
}
