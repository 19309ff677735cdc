import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../scripts/bench/corpus.mjs';
import { loadYaml } from '../src/yaml/load.js';
import { cli, tempDir } from './support/cli.js';

const TOO_DEEP = 'the document nests too deeply to read: a program document needs only a few levels';
const DEPTH = 1000;
/** `tags` sits inside two mappings, so its 100th bracket is the first collection inside more than 100. */
const FLOW = `version: 1\nprogram:\n  name: x\n  tags: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`;
const BLOCK = (() => {
  let text = 'version: 1\nprogram:\n  name: x\nextra:\n';
  for (let i = 0; i < DEPTH; i++) text += `${' '.repeat(i + 2)}k:\n`;
  return `${text}${' '.repeat(DEPTH + 2)}v: 1\n`;
})();

/**
 * A document nested deeper than the readers follow gets the same problem, at the same
 * place, whether it is audited alone, after hundreds of others, or on worker threads
 * (whose stack is 4 MiB; the main thread's is under 1 MiB).
 */
describe('a document that nests too deeply', () => {
  it('is refused once, at the first collection past the limit', () => {
    expect(loadYaml(FLOW, { fast: false }).problems).toEqual([{ kind: 'syntax', pointer: '', message: TOO_DEEP, line: 4, column: 9 + 99 }]);
    // The mapping that opens on line 4 + n sits inside n collections (the root mapping the first).
    expect(loadYaml(BLOCK, { fast: false }).problems).toEqual([{ kind: 'syntax', pointer: '', message: TOO_DEEP, line: 105, column: 103 }]);
  });

  it('is read up to the limit', () => {
    const atLimit = loadYaml(`version: 1\nprogram:\n  name: x\n  tags: ${'['.repeat(99)}${']'.repeat(99)}\n`, { fast: false });
    expect(atLimit.problems).toEqual([]);
    const pastLimit = loadYaml(`version: 1\nprogram:\n  name: x\n  tags: ${'['.repeat(100)}${']'.repeat(100)}\n`, { fast: false });
    expect(pastLimit.problems.map((p) => p.message)).toEqual([TOO_DEEP]);
  });

  it('is reported the same alone, after other documents and on worker threads', () => {
    const dir = tempDir();
    writeCorpus(join(dir, 'corpus'), 600);
    writeFileSync(join(dir, 'corpus', 'zz-flow.yaml'), FLOW);
    writeFileSync(join(dir, 'corpus', 'zz-block.yaml'), BLOCK);
    const problems = (args: string[]) => {
      cli([...args, '--format', 'json', '--output', 'report.json'], { cwd: dir });
      const { documents } = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { documents: { file: string; problems: unknown[] }[] };
      return documents.filter((d) => d.file.includes('/zz-')).map((d) => JSON.stringify(d.problems));
    };
    const alone = problems(['corpus/zz-flow.yaml', 'corpus/zz-block.yaml']);
    expect(alone).toHaveLength(2);
    for (const p of alone) expect(p).toContain('nests too deeply');
    expect(problems(['corpus', '--threads', '1'])).toEqual(alone);
    expect(problems(['corpus', '--threads', '2'])).toEqual(alone);
  }, 120_000);
});
