import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../src/cli/discover.js';
import { byteArena, readBytes, readDocument, readInput } from '../src/run/read.js';
import { tempDir } from './support/cli.js';

describe('discovery names files as reports show them', () => {
  const root = tempDir();
  mkdirSync(join(root, 'sub', 'deeper'), { recursive: true });
  for (const file of ['a.yaml', 'sub/b.yaml', 'sub/deeper/c.yml', 'sub/notes.txt']) writeFileSync(join(root, file), 'version: 1\nprogram: { name: x }\n');
  const names = async (paths: string[], cwd: string) => (await discover(paths, cwd)).sources.map((s) => s.file);

  it('relative to the working directory when inside it, from any starting folder', async () => {
    expect(await names(['.'], root)).toEqual(['a.yaml', 'sub/b.yaml', 'sub/deeper/c.yml']);
    expect(await names([root], root)).toEqual(['a.yaml', 'sub/b.yaml', 'sub/deeper/c.yml']);
    expect(await names(['sub'], root)).toEqual(['sub/b.yaml', 'sub/deeper/c.yml']);
    expect(await names(['deeper'], join(root, 'sub'))).toEqual(['deeper/c.yml']);
  });

  it.skipIf(process.platform === 'win32')('once for a document reached by several names, under the first in report order', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'x.yaml'), 'version: 1\nprogram: { name: x }\n');
    // 'b-c/…' comes before 'b/…' in report order ('-' sorts before '/'), though the folder b sorts before b-c.
    symlinkSync('b', join(dir, 'b-c'));
    symlinkSync(join('b', 'x.yaml'), join(dir, 'z.yaml'));
    expect(await names(['.'], dir)).toEqual(['b-c/x.yaml']);
    expect(await names(['**/*.yaml'], dir)).toEqual(['b-c/x.yaml']);
    expect(await names(['z.yaml', 'b'], dir)).toEqual(['b/x.yaml']);
  });

  it('by absolute path when outside it, and once when named twice', async () => {
    const cwd = join(root, 'sub', 'deeper');
    const slashed = root.split('\\').join('/');
    expect(await names([join(root, 'sub'), join(root, 'sub', 'b.yaml')], cwd)).toEqual([`${slashed}/sub/b.yaml`, 'c.yml']);
    expect(await names(['sub', 'sub/b.yaml', 'sub/*.yaml'], root)).toEqual(['sub/b.yaml', 'sub/deeper/c.yml']);
  });
});

describe('reading files', () => {
  const dir = tempDir();
  const texts = ['a'.repeat(100_000), 'b: 1\n', 'c'.repeat(70_000), '', 'é: ü\n'.repeat(20_000)];
  texts.forEach((text, i) => writeFileSync(join(dir, `${i}.yaml`), text));

  it('gives each file its own text though one buffer is reused between files', () => {
    for (let round = 0; round < 2; round++) {
      texts.forEach((text, i) => expect(readDocument(join(dir, `${i}.yaml`), `${i}.yaml`, 1 << 20)).toEqual({ text }));
    }
  });

  it('keeps bytes from many files apart in shared buffers', () => {
    const keep = byteArena(64);
    const kept = texts.map((_, i) => readBytes(join(dir, `${i}.yaml`), `${i}.yaml`, 1 << 20, keep));
    const small = ['x'.repeat(10), 'y'.repeat(16), 'z'.repeat(15), 'w'.repeat(17)];
    small.forEach((text, i) => writeFileSync(join(dir, `small-${i}.yaml`), text));
    const keptSmall = small.map((_, i) => readBytes(join(dir, `small-${i}.yaml`), `small-${i}.yaml`, 1 << 20, keep));
    texts.forEach((text, i) => expect(Buffer.from((kept[i] as { bytes: Uint8Array }).bytes).toString()).toBe(text));
    small.forEach((text, i) => expect(Buffer.from((keptSmall[i] as { bytes: Uint8Array }).bytes).toString()).toBe(text));
  });

  it('refuses a file over the limit without reading it', () => {
    expect(readBytes(join(dir, '0.yaml'), '0.yaml', 1024)).toMatchObject({ problem: { kind: 'read', line: 1, column: 1 } });
  });

  it.skipIf(process.platform === 'win32')('reads what has no size only up to the limit, and no device', () => {
    // Files under /proc say they are empty; their text comes only by reading.
    if (process.platform === 'linux') expect(Buffer.from((readBytes('/proc/self/status', 'status', 1 << 20) as { bytes: Uint8Array }).bytes).toString()).toMatch(/^Name:/m);
    expect(() => readBytes('/dev/zero', 'zero', 1024)).toThrow('cannot read zero: a character device, not a file');
    expect(readInput('/dev/zero', 1024, true)).toEqual({ refused: 'a character device, not a file' });
    expect(readInput(join(dir, '0.yaml'), 1024, false)).toEqual({ refused: 'over the limit of 1 KiB' });
    expect(readInput(join(dir, '1.yaml'), 1024, false)).toEqual({ bytes: Buffer.from('b: 1\n') });
  });
});

describe('a cached run keeps a bounded share of the bytes it read for digests', () => {
  it('reads the files past the budget again in their turn, with the same texts and digests, and digests a file changed since as it is now', async () => {
    const { readSources, triage } = await import('../src/run/run.js');
    const { AuditCache, digestOf } = await import('../src/run/cache.js');
    const dir = tempDir();
    const texts = ['version: 1\nprogram: { name: Harbor IOP }\n', 'version: 1\nprogram:\n  name: "Lakeside \\u00e9vening"\n', 'version: 1\r\nprogram: { name: Summit }\r\n'];
    const sources = texts.map((text, i) => {
      writeFileSync(join(dir, `p${i}.yaml`), text);
      return { file: `p${i}.yaml`, path: join(dir, `p${i}.yaml`) };
    });
    const noStdin = async () => new Uint8Array();
    const cache = await AuditCache.open(join(dir, 'cache'), 'settings');
    const read = await readSources(sources, 1 << 20, noStdin, digestOf, texts[0]!.length + 1);
    // The first two fit in the budget (it is checked before each file); the third is read again later.
    expect(read.map((t) => ('bytes' in t.read ? 'kept' : 'path' in t.read ? 'again' : 'other'))).toEqual(['kept', 'kept', 'again']);
    const whole = await readSources(sources, 1 << 20, noStdin, digestOf);
    expect(read.map((t) => t.digest)).toEqual(whole.map((t) => t.digest));
    writeFileSync(join(dir, 'p2.yaml'), 'version: 1\nprogram: { name: Summit Evening }\n');
    expect(cache.changedDuringRun).toBe(false);
    const triaged = [...triage(read, cache)];
    // The run memo, keyed on the first reading, is then not written.
    expect(cache.changedDuringRun).toBe(true);
    expect(triaged.map((t) => ('text' in t ? t.text : ''))).toEqual([texts[0], texts[1], 'version: 1\nprogram: { name: Summit Evening }\n']);
    expect(triaged.map((t) => ('digest' in t ? t.digest : undefined))).toEqual([whole[0]!.digest, whole[1]!.digest, digestOf(Buffer.from('version: 1\nprogram: { name: Summit Evening }\n'))]);
  });
});
