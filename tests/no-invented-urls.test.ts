import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/cli.js';

/** Every text file of what ships and what documents it (sources, schemas, docs, examples, packs, the README). */
function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (name === 'generated' || name === 'node_modules') return [];
    return statSync(path).isDirectory() ? files(path) : /\.(ts|json|md|yaml|yml|cjs|mjs)$/.test(name) ? [path] : [];
  });
}

describe('web addresses', () => {
  it('name no home of this project, which has none published', () => {
    const shipped = [...['src', 'schemas', 'docs', 'examples', 'packs', 'bin', 'scripts'].flatMap((f) => files(join(ROOT, f))), ...['README.md', 'CHANGELOG.md', 'package.json'].map((f) => join(ROOT, f))];
    expect(shipped.length).toBeGreaterThan(50);
    const invented = shipped.flatMap((path) => (readFileSync(path, 'utf8').match(/https?:\/\/[^\s"'`)<>\]]*iop-audit[^\s"'`)<>\]]*/gi) ?? []).map((url) => `${relative(ROOT, path)}: ${url}`));
    expect(invented).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const field of ['repository', 'homepage', 'bugs']) expect(manifest[field], field).toBeUndefined();
  });

  it('are not how the schemas name themselves: their ids are relative, as the files lie side by side', () => {
    for (const name of readdirSync(join(ROOT, 'schemas'))) {
      const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8')) as { $id: string };
      expect(schema.$id, name).toBe(name);
    }
  });
});
