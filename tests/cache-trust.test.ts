import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditCache, digestOf, MemoRecorder, readMemo, serializeMemo } from '../src/run/cache.js';
import { compact, expand, isCompactResult, storedForm } from '../src/run/compact.js';
import { auditWith } from '../src/run/settings.js';
import { ROOT, cli, tempDir } from './support/cli.js';

/**
 * The cache and the run memo speed a run up and never change its result: an
 * entry or memo that is damaged, foreign or edited is a miss (audited or run
 * again), never a crash and never a pass the document did not earn.
 */
describe('what the cache trusts', () => {
  const dir = tempDir();
  const failing = readFileSync(join(ROOT, 'examples', 'summit-day-program.yaml'), 'utf8');

  /** A folder with one failing document, and a run of it with the cache at `cache`. */
  const setUp = (name: string) => {
    const work = join(dir, name);
    mkdirSync(work);
    writeFileSync(join(work, 'p.yaml'), failing);
    const cache = join(work, 'cache');
    const run = (args: string[] = []) => cli(['p.yaml', '--format', 'json', '--cache', '--cache-location', cache, ...args], { cwd: work });
    return { work, cache, run };
  };
  /** The cache file's lines: its header, then one per document. */
  const linesOf = (cache: string) => readFileSync(cache, 'utf8').split('\n');
  /** A cache entry with its result (the last field: JSON never holds a raw tab) replaced. */
  const withResult = (line: string, json: string) => `${line.slice(0, line.lastIndexOf('\t') + 1)}${json}`;

  it('re-audits a document whose cached result was edited to pass', () => {
    const { cache, run } = setUp('edited-entry');
    const cold = run();
    expect(cold.code).toBe(1);
    const lines = linesOf(cache);
    lines[1] = lines[1]!.replaceAll('"verdict":"fail"', '"verdict":"pass"').replaceAll('"status":"fail"', '"status":"pass"');
    writeFileSync(cache, lines.join('\n'));
    rmSync(`${cache}.report`);
    expect(run()).toEqual(cold);
  });

  it('reruns a run whose memo was edited to pass', () => {
    const { cache, run } = setUp('edited-memo');
    const cold = run();
    expect(cold.code).toBe(1);
    const memo = readFileSync(`${cache}.report`, 'utf8');
    writeFileSync(`${cache}.report`, memo.replace('"code":1', '"code":0').replaceAll('"verdict": "fail"', '"verdict": "pass"'));
    expect(run()).toEqual(cold);
    // The exit code alone, edited: a miss as well.
    writeFileSync(`${cache}.report`, readFileSync(`${cache}.report`, 'utf8').replace('"code":1', '"code":0'));
    expect(run()).toEqual(cold);
  });

  it('treats an entry of the wrong shape as a miss, not an internal error', () => {
    const { cache, run } = setUp('wrong-shape');
    const cold = run();
    const [header, line] = linesOf(cache);
    const shapes = [
      '{"file":"p.yaml","verdict":"pass","problems":[],"results":5}',
      '{"file":"p.yaml","verdict":"pass","problems":[],"results":[{"rule":"NO-SUCH-RULE"}]}',
      '{"file":"p.yaml","verdict":"pass","problems":{},"results":[]}',
      '[1,2,3]',
      '"p.yaml"',
      '{"file":"p.yaml","verdict":"pass"',
    ];
    for (const json of shapes) {
      writeFileSync(cache, `${header}\n${withResult(line!, json)}\n`);
      rmSync(`${cache}.report`, { force: true });
      expect(run(), json).toEqual(cold);
    }
  });

  it('does not take entries written under other settings, or for another file', () => {
    const { work, cache, run } = setUp('foreign');
    // Under a config that turns off a rule the document fails, its result differs.
    writeFileSync(join(work, '.iop-audit.yaml'), 'rules:\n  ready-access: off\n');
    const lenient = run();
    const lenientLines = linesOf(cache);
    rmSync(join(work, '.iop-audit.yaml'));
    const cold = run();
    expect(cold.code).toBe(1);
    expect(lenient.stdout).not.toBe(cold.stdout);
    // The entry made under the other settings, put under this cache's header: a miss.
    writeFileSync(cache, [linesOf(cache)[0], ...lenientLines.slice(1)].join('\n'));
    rmSync(`${cache}.report`);
    expect(run()).toEqual(cold);
    // Another file's entry (same content), filed under this file's name: a miss.
    writeFileSync(join(work, 'q.yaml'), failing);
    cli(['q.yaml', '--format', 'json', '--cache', '--cache-location', join(work, 'other')], { cwd: work });
    const [, other] = linesOf(join(work, 'other'));
    writeFileSync(cache, `${linesOf(cache)[0]}\n"p.yaml"${other!.slice(other!.indexOf('\t'))}\n`);
    rmSync(`${cache}.report`);
    expect(run()).toEqual(cold);
  });

  it('keeps using an intact cache: a warm run reads its entries', () => {
    const { cache, run } = setUp('intact');
    const cold = run();
    rmSync(`${cache}.report`);
    const written = statSync(cache).ino;
    expect(run()).toEqual(cold);
    // Nothing was audited again, so the cache was not written anew (a new file, renamed into place).
    expect(statSync(cache).ino).toBe(written);
  });
});

describe('the cache and memo checks', () => {
  const dir = tempDir();
  const text = readFileSync(join(ROOT, 'examples', 'summit-day-program.yaml'), 'utf8');
  const result = auditWith({ mode: 'audit' }, text, 'p.yaml');
  const digest = digestOf(Buffer.from(text));

  it('accepts a stored result of every kind the audit gives, and only for its own file', () => {
    const invalid = auditWith({ mode: 'audit' }, 'program: [\n', 'bad.yaml');
    const other = auditWith({ mode: 'audit' }, readFileSync(join(ROOT, 'examples', 'riverside-evening-iop.yaml'), 'utf8'), 'r.yaml');
    for (const doc of [result, invalid, other]) expect(isCompactResult(JSON.parse(storedForm(doc)), doc.file), doc.file).toBe(true);
    // Findings carry their own fix, and the cache keeps it.
    expect(result.results.flatMap((r) => r.findings).some((f) => typeof f.fix === 'string')).toBe(true);
    expect(JSON.stringify(expand(JSON.parse(storedForm(result))))).toBe(JSON.stringify(result));
    expect(isCompactResult(JSON.parse(storedForm(result)), 'other.yaml')).toBe(false);
  });

  it('refuses a stored result with a field of the wrong type or value', () => {
    const stored = compact(result);
    const first = stored.results[0]!;
    const broken: unknown[] = [
      null, [], 'p.yaml',
      { ...stored, verdict: 'passed' },
      { ...stored, problems: [{ kind: 'syntax' }] },
      { ...stored, results: [{ ...first, status: 'waived' }] },
      { ...stored, results: [{ ...first, severity: 'fatal' }] },
      { ...stored, results: [{ ...first, rule: 'NO-SUCH-RULE' }] },
      { ...stored, results: [{ ...first, findings: [{ pointer: '/x' }] }] },
      { ...stored, results: [{ ...first, findings: [{ pointer: '/x', message: 'm', severity: 'error', line: 1, column: 1, fix: 42 }] }] },
      { ...stored, results: [{ ...first, line: '3' }] },
      { ...stored, results: [{ ...first, fingerprint: 12 }] },
      { ...stored, results: [{ ...first, findings: [{ pointer: '/x', message: 'm', severity: 'error', line: 1, column: 1, fingerprint: ['a'] }] }] },
      { ...stored, facts: { ...stored.facts, treatmentHoursPerWeek: '10' } },
      { ...stored, facts: { ...stored.facts, hoursOffered: null } },
      { ...stored, name: 7 },
    ];
    for (const value of broken) expect(isCompactResult(value, 'p.yaml'), JSON.stringify(value)?.slice(0, 80)).toBe(false);
  });

  it('misses an entry that passes its check but not the shape check', async () => {
    const path = join(dir, 'shape-cache');
    const cache = await AuditCache.open(path, 'key');
    cache.store('p.yaml', digest, storedForm(result));
    cache.store('q.yaml', digest, '{"file":"q.yaml","verdict":"pass","problems":[],"results":[{"rule":"NO-SUCH-RULE"}]}');
    writeFileSync(path, [...cache.serialize()].join(''));
    const reopened = await AuditCache.open(path, 'key');
    expect(reopened.stored('p.yaml', digest)).toEqual(compact(result));
    expect(reopened.stored('q.yaml', digest)).toBeUndefined();
    // The same file under another settings key: every entry a miss.
    expect((await AuditCache.open(path, 'another key')).stored('p.yaml', digest)).toBeUndefined();
  });

  /** What readMemo gives: the exit code and the report, copied out in pieces. */
  const memoRead = async (location: string, key: string) => {
    const memo = readMemo(location, key);
    if (!memo) return undefined;
    const pieces: Uint8Array[] = [];
    await memo.copyTo((piece) => { pieces.push(Buffer.from(piece)); });
    return { code: memo.code, body: Buffer.concat(pieces) };
  };

  it('misses a memo whose report, code or key changed, or that is cut short', async () => {
    const location = join(dir, 'memo-cache');
    const write = (pieces: (string | Uint8Array)[]) => writeFileSync(`${location}.report`, Buffer.concat(pieces.map((p) => Buffer.from(p))));
    write(serializeMemo('key', 1, 'the report\n'));
    expect(await memoRead(location, 'key')).toEqual({ code: 1, body: Buffer.from('the report\n') });
    expect(readMemo(location, 'other key')).toBeUndefined();
    const memo = readFileSync(`${location}.report`, 'utf8');
    for (const damaged of [memo.replace('the report', 'the r3port'), memo.replace('"code":1', '"code":0'), memo.slice(0, -3), memo.split('\n')[0]!]) {
      writeFileSync(`${location}.report`, damaged);
      expect(readMemo(location, 'key'), damaged).toBeUndefined();
    }
    // A report given in pieces is checked as the bytes written.
    write(serializeMemo('key', 0, [Buffer.from('the '), Buffer.from('report\n')]));
    expect(await memoRead(location, 'key')).toEqual({ code: 0, body: Buffer.from('the report\n') });
  });

  it('records a report written in pieces as the memo of the whole, without holding it', async () => {
    const location = join(dir, 'recorded-cache');
    const recorder = new MemoRecorder('key');
    const report = ['a report ', Buffer.from('in pieces, '), 'x'.repeat(3 << 20), ' ünïcödé\n'];
    for (const piece of report) recorder.record(piece);
    const pieces: Uint8Array[] = [Buffer.from(recorder.header(1))];
    recorder.copyTo((piece) => pieces.push(Buffer.from(piece)));
    recorder.discard();
    // Compared with equals: a deep comparison of megabytes takes the test runner a minute.
    expect(Buffer.concat(pieces).equals(Buffer.concat(serializeMemo('key', 1, report).map((p) => Buffer.from(p))))).toBe(true);
    writeFileSync(`${location}.report`, Buffer.concat(pieces));
    const read = await memoRead(location, 'key');
    expect(read?.code).toBe(1);
    expect(read?.body.equals(Buffer.concat(report.map((p) => Buffer.from(p))))).toBe(true);
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith(`iop-audit-memo-${process.pid}-`))).toEqual([]);
  });
});
