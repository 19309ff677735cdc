import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fastLoad } from '../../src/yaml/fast-load.js';
import type { QuickRead } from '../../src/yaml/frames.js';
import { readPlainShape } from '../../src/yaml/plain-reader.js';
import { loadYaml } from '../../src/yaml/load.js';
import { toPointer } from '../../src/yaml/locate.js';
import { EXAMPLES, editedExample, mutatedExample, plainShapedYaml, randomYaml, restyledExample } from '../../scripts/fuzz/inputs.mjs';
import { corpusDocuments } from '../../scripts/bench/corpus.mjs';

/** `FUZZ_RUNS=100000 npx vitest run tests/core/fast-load.test.ts` for a longer search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);

/** Every pointer into the data, and one missing child under each. */
function pointers(value: unknown, path: Array<string | number> = [], out: string[] = []): string[] {
  out.push(toPointer(path), toPointer([...path, 'not-there']));
  if (Array.isArray(value)) value.forEach((item, i) => pointers(item, [...path, i], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) pointers(item, [...path, key], out);
  return out;
}

/**
 * A quick path may decline a text, but when it reads one, the full reader
 * must read it without problems, to the same data, with the same position for
 * every key and value. Returns whether the quick path read it.
 */
function agree(text: string, read: (text: string) => QuickRead | undefined = fastLoad): boolean {
  const quick = read(text);
  if (!quick) return false;
  const full = loadYaml(text, { fast: false });
  expect(full.problems, text).toEqual([]);
  expect(isDeepStrictEqual(quick.data, full.data), text).toBe(true);
  for (const pointer of pointers(full.data)) {
    for (const at of ['key', 'value'] as const) {
      expect(quick.locator.locate(pointer, at), `${pointer} (${at}) in\n${text}`).toEqual(full.locator!.locate(pointer, at));
    }
  }
  return true;
}

describe('fast YAML path', () => {
  it('reads every shipped example and a generated corpus exactly as the full reader does', () => {
    for (const text of EXAMPLES) expect(agree(text)).toBe(true);
    // The corpus's layouts: all but anchors (and syntax errors) are for the fast paths to read, and
    // among them a list closed at its key's indentation (`payers: [` ... `]`), which js-yaml only warns about.
    let closedAtKey = 0;
    for (const { text, layout, kind } of corpusDocuments(300, 11)) {
      const read = agree(text);
      if (layout !== 'anchors' && kind !== 'syntax') expect(read, text).toBe(true);
      if (read && /: \[\n[^\]]*\n *\]\n/.test(text)) closedAtKey++;
    }
    expect(closedAtKey).toBeGreaterThan(5);
  });

  it('agrees with the full reader on the same documents written in other styles', () => {
    let read = 0;
    fc.assert(fc.property(restyledExample, (text) => { if (agree(text)) read++; }), { numRuns: 400, seed: 47 });
    // Most restyled documents are plain enough for the fast path; if none were, this test would prove nothing.
    expect(read).toBeGreaterThan(200);
  });

  it('agrees with the full reader on edited and mutated documents and YAML-like noise, or leaves them to it', () => {
    // Edited examples hit the edges where js-yaml is laxer than YAML 1.2 (under-indented flow lines, say).
    fc.assert(fc.property(fc.oneof(editedExample, mutatedExample, randomYaml), (text) => { agree(text); }), { numRuns: RUNS, seed: 47 });
  }, Math.max(30_000, RUNS * 20)); // a longer search (FUZZ_RUNS) gets the time it needs

  it.each([
    ['an anchor and an alias', 'version: 1\nprogram: &p\n  name: x\nother: *p\n'],
    ['a tag', 'version: !!int 1\n'],
    ['a directive', '%YAML 1.1\n---\nversion: 1\n'],
    ['a tab', 'version:\t1\n'],
    ['an empty value', 'version:\nprogram: x\n'],
    ['an empty list item', 'list:\n  -\n  - a\n'],
    ['a key that is not text', '1: x\n'],
    ['an explicit key', '? version\n: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a root that is not a mapping', '- a\n- b\n'],
    ['an empty text', ''],
    ['a comment glued to a value', 'a: [x,#y\n  z]\n'],
    ['a flow list continued at too little indentation', 'a:\n  b: [x,\n  y]\n'],
    ['quoted text continued at too little indentation', 'a:\n  b: "x\n  y"\n'],
  ])('leaves %s to the full reader', (_what, text) => {
    expect(fastLoad(text)).toBeUndefined();
  });

  it.each([
    ['lists and mappings closed at their keys\' indentation', 'a: one\n  two\nb: [\n  x,\n  y\n]\nc:\n  d: {\n    e: 1,\n    f: [\n      g\n    ]\n  }\n'],
    ['a closer after a comment, a blank line and an empty list', 'a: one\n  two\nb: [\n  x # note\n]\nc: [\n  y\n\n]\nd: [\n]\n'],
  ])('reads %s as the full reader does', (_what, text) => {
    expect(agree(text)).toBe(true);
  });

  it('locates escaped, empty and odd pointers as the full reader does', () => {
    const many = Array.from({ length: 70 }, (_, i) => `k${i}: ${i}\n`).join('');
    const texts = [
      'a:\n  "b/c": 1\n  "d~e": [x, y]\n  "": 2\n  "~1": 3\n  list:\n    - 1\n    - {k: v}\n"0": z\nf: [[1, 2], [3]]\n',
      `${many}"b/c": 1\n"d~e": [x]\na:\n  b: 1\n`,
    ];
    const odd = ['', '/', 'x', '//', '/a/', '/a/b~1c', '/a/d~0e/1', '/a/d~0e/01', '/a/d~0e/2', '/a/~01', '/a/~1', '/a/list/1/k', '/a/list/-1',
      '/a/list/1e0', '/a/list/ 1', '/0', '/f/1/00', '/f/1/', '/k69', '/k70', '/b~1c', '/d~0e/0', '/a/b/c', '/k0/x'];
    for (const text of texts) {
      const quick = fastLoad(text)!;
      const full = loadYaml(text, { fast: false });
      expect(quick, text).toBeDefined();
      for (const pointer of odd) {
        for (const at of ['key', 'value'] as const) expect(quick.locator.locate(pointer, at), `${pointer} (${at})`).toEqual(full.locator!.locate(pointer, at));
      }
    }
  });

  it('reads plain scalars by the YAML 1.2 core schema, as the full reader does', () => {
    const values = ['1', '-0', '+12', '0o17', '0x1F', '1e3', '.5', '-.inf', '.NaN', 'NULL', '~', 'True', 'yes', 'on', '0b11', '1_000', '09:00', '2026-11-23', '1.', '+.5e-3', 'FALSE', 'false', 'Null', 'null', '.inf', '+.INF', 'nul', 'truee', 'Truth', '-1x', '.', '+', '0x', '0o'];
    const text = values.map((v, i) => `k${i}: ${v}\n`).join('');
    expect(agree(text)).toBe(true);
    const data = fastLoad(text)!.data;
    expect(data.k11).toBe(true);
    expect(data.k12).toBe('yes');
    expect(Object.is(data.k1, -0)).toBe(true);
    expect(data.k3).toBe(15);
    expect(data.k16).toBe('09:00');
    expect([data.k20, data.k21, data.k22, data.k23, data.k24, data.k25]).toEqual([false, false, null, null, Infinity, Infinity]);
    expect([data.k26, data.k27, data.k28, data.k29, data.k30, data.k31, data.k32, data.k33]).toEqual(['nul', 'truee', 'Truth', '-1x', '.', '+', '0x', '0o']);
  });
  it('reads digits, and words starting like a keyword, by the core schema on the plain-shape path', () => {
    const values = ['0', '7', '09', '007', '60', '123456789012345', '1234567890123456', '99999999999999999999', '1a', '12:00', 'falsehood', 'nullable', 'nurse', 'Nul', 'tRUE', 'fAlse', 'Friday', 'T', 'n'];
    const text = values.map((v, i) => `k${i}: ${v}\nl${i}: [${v}]\n`).join('');
    expect(agree(text, readPlainShape)).toBe(true);
    expect(readPlainShape(text)!.data).toMatchObject({ k2: 9, k3: 7, k5: 123456789012345, k7: 1e20, k8: '1a', k10: 'falsehood', k14: 'tRUE' });
  });
});

describe('plain-shape reader', () => {
  it('reads every shipped example and a generated corpus, as the full reader does', () => {
    // These are the documents the reader exists for: if it declined them, runs would silently slow down.
    for (const text of EXAMPLES) expect(agree(text, readPlainShape)).toBe(true);
    for (const { text, layout, kind } of corpusDocuments(200, 13)) {
      const read = agree(text, readPlainShape);
      if (['house', 'block', 'crlf', 'block-scalars', 'escapes', 'multi-line'].includes(layout) && kind !== 'syntax') expect(read, text).toBe(true);
    }
  });

  it('agrees with the full reader on documents at the edges of its shape, or leaves them to the other paths', () => {
    let read = 0;
    // These documents are small and quick to check: four times the usual number of cases.
    fc.assert(fc.property(plainShapedYaml, (text) => { if (agree(text, readPlainShape)) read++; }), { numRuns: RUNS * 4, seed: 47 });
    // About a fifth of these documents fall in the shape; if none did, this test would prove nothing.
    expect(read).toBeGreaterThan(RUNS / 2);
  }, Math.max(30_000, RUNS * 20));

  it('agrees with the full reader on restyled, edited and mutated documents and YAML-like noise', () => {
    fc.assert(fc.property(fc.oneof(restyledExample, editedExample, mutatedExample, randomYaml), (text) => { agree(text, readPlainShape); }), { numRuns: RUNS, seed: 48 });
  }, Math.max(30_000, RUNS * 20));

  it('agrees with the full reader on plain text continued over lines, or leaves it to the other paths', () => {
    // Lines of keys, list items, continued text, empty and comment lines at random indentation, with
    // words that YAML may read otherwise on a continued line (indicators, `key:`, `#`, markers).
    const word = fc.constantFrom('one', 'two', 'x-y', '09:30', 'a:b', '1', 'true', 'null', '-', '- z', '#', 'C#', ' #c', 'k:', 'k: v', '[x]', '{y}', '&a', '*a', "'q'", '"d"', '---', '...', '?', '|', '>', '%', '@', '!t', ',', '  ');
    const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    const line = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.oneof(
      { weight: 4, arbitrary: words },
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), words).map(([k, w]) => `${k}: ${w}`) },
      { weight: 2, arbitrary: words.map((w) => `- ${w}`) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('e', 'f'), words).map(([k, w]) => `- ${k}: ${w}`) },
      { weight: 1, arbitrary: fc.constantFrom('', '# c', 'g:', 'h:', '- &a v', 'i: &a v', 'j: *a') },
    )).map(([indent, content]) => ' '.repeat(indent) + content);
    const document = fc.tuple(fc.constantFrom('a: one', 'a:', 'a:\n  - one', 'a:\n- one'), fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '', '\n\n'))
      .map(([first, lines, end]) => [first, ...lines].join('\n') + end);
    let read = 0;
    fc.assert(fc.property(document, (text) => { if (agree(text, readPlainShape)) read++; }), { numRuns: RUNS * 4, seed: 49 });
    expect(read).toBeGreaterThan(RUNS / 10);
  }, Math.max(30_000, RUNS * 20));

  it('reads documents with CRLF line ends as the full reader does', () => {
    for (const text of EXAMPLES) {
      const crlf = text.replace(/\n/g, '\r\n');
      expect(agree(crlf, readPlainShape)).toBe(true);
      expect(readPlainShape(crlf)!.data).toEqual(readPlainShape(text)!.data);
    }
    const mixed = 'version: 1\r\nprogram:\n  name: "x"  # note\r\n  provider: y\r\n';
    expect(agree(mixed, readPlainShape)).toBe(true);
    expect(readPlainShape(mixed)!.locator.locate('/program/provider')).toEqual({ line: 4, column: 13 });
  });

  it('reads the plain shape, with positions', () => {
    const text = [
      '# heading',
      'version: 1',
      'program:',
      '  name: Lakeside  # a comment',
      "  note: 'it''s #1'",
      '  quoted: "a: b, [c]"',
      '  times: { start: 09:30, end: "12:00" }',
      'team:',
      '- role: nurse',
      '  count: 2',
      '-   - x',
      'days: [monday, [a, b], {}, []]',
      '',
    ].join('\n');
    const read = readPlainShape(text.replace('-   - x', '- solo'));
    expect(agree(text.replace('-   - x', '- solo'), readPlainShape)).toBe(true);
    expect(read).toBeDefined();
    expect(read!.data).toEqual({
      version: 1,
      program: { name: 'Lakeside', note: "it's #1", quoted: 'a: b, [c]', times: { start: '09:30', end: '12:00' } },
      team: [{ role: 'nurse', count: 2 }, 'solo'],
      days: ['monday', ['a', 'b'], {}, []],
    });
    expect(read!.locator.locate('/program/note')).toEqual({ line: 5, column: 9 });
    expect(read!.locator.locate('/program/times/end')).toEqual({ line: 7, column: 31 });
    expect(read!.locator.locate('/team/0')).toEqual({ line: 9, column: 3 });
    expect(read!.locator.locate('/team/0/count', 'key')).toEqual({ line: 10, column: 3 });
    expect(read!.locator.locate('/days/1/1')).toEqual({ line: 12, column: 20 });
    // A list inside a list item is the js-yaml path's to read.
    expect(readPlainShape(text)).toBeUndefined();
    expect(agree(text)).toBe(true);
  });

  it.each([
    ['a literal block scalar', 'a:\n  b: |\n    one two\n      indented\n\n    three # not a comment\n  # a comment\n  c: x\n'],
    ['a folded block scalar, stripped', 'a: >-\n  one\n  two\n\n\n  three\nb: x\n'],
    ['a block scalar kept, at the end', 'a: x\nb: |+\n  one\n\n'],
    ['a block scalar, CRLF', 'a: |\r\n  one\r\n  two\r\nb: "x\\u00e9\\x2C\\/\\"y\\\\"\r\n'],
    ['a flow list one item a line, closed at its key', 'a:\n  b: [\n    one,\n    "two, three"  \n  ]  # c\n  c:\n    - d: x\n      e: [\n        1,\n        two\n        ]\n'],
    ['a flow list one item a line at the top, CRLF', 'a: [\r\n  x,\r\n  y\r\n]\r\nb: 1\r\n'],
    ['escapes in double quotes', 'a: "tab\\there \\u2019 \\x41"\nb: [ "x\\"y", z ]\n'],
    ['an anchored value and its aliases', 'a:\n  partner: &partner County Hospital  # c\n  other: *partner\nb: [*partner, &n 12]\nc:\n  - *n\n  - &q  "quoted"\n  - { d: *q }\n'],
    ['an anchor set again, its aliases taking the latest', "a: &x one\nb: *x\nc: &x 'two'\nd: [\n  *x,\n  &y 3\n]\ne: *y\n"],
    // Plain text continued on the lines below: the old limit of the reader, which declined it.
    ['a value continued on the next line', 'a: one\n  two\n'],
    ['a list item continued on the next line', 'a:\n  - one\n    two\n'],
    ['plain text over several lines, with empty lines, spaces and a comment after it', 'a:\n  b: one  \n     two\n\n   \n    three 09:30 x-y (z)\n  # note\n  c: &t four\n   five\n  d: *t\nlist:\n- six\n seven\n-   eight\n  nine\n- k: ten\n   eleven\n  m: 1\n    2\n'],
    ['a continued value at the end of the text, without a line break', 'a: one\n two'],
    ['a continued value ending before empty lines and a comment', 'a: one\n two\n\n\n# c\nb: x\n'],
  ])('reads %s as the full reader does', (_name, text) => {
    expect(agree(text, readPlainShape)).toBe(true);
  });

  it.each([
    ['a continued line that reads as a key', 'a: one\n  two: three\n'],
    ['a continued line ending in a colon', 'a: one\n  two:\n'],
    ['a continued line with a comment', 'a: one\n  two # c\nb: x\n'],
    ['a continued line with a glued hash', 'a: one\n  C#\n'],
    ['a continued line that starts like a list item', 'a: one\n  - two\n'],
    ['a continued line that starts with an indicator', 'a: one\n  [two]\n'],
    ['a line indented deeper after a comment line', 'a: one\n  # c\n  two\n'],
    ['a line indented deeper after a value with a comment', 'a: one # c\n  two\n'],
    ['a list item mapping\'s value continued at its key\'s indentation', 'a:\n- k: one\n  two\n'],
    ['a quoted value followed by a deeper line', 'a: "one"\n  two\n'],
    ['an alias followed by a deeper line', 'a: &x one\nb: *x\n  two\n'],
    ['an escape for a control character in double quotes', 'a: "x\\ey"\n'],
    ['a numeric escape for a control character', 'a: "x\\x07y"\n'],
    ['quoted text over two lines', "a: 'x\n  y'\n"],
    ['a block scalar with an indentation indicator', 'a: |1\n  x\n'],
    ['a block scalar in a list', 'a:\n  - |\n    x\n'],
    ['a folded block scalar with a line indented more', 'a: >\n  x\n    y\n'],
    ['a flow list over two lines', 'a: [x,\n  y]\n'],
    ['a flow list closed less indented than its key', 'a:\n  b: [\n    x\n ]\n'],
    ['a flow list with a trailing comma over lines', 'a: [\n  x,\n]\n'],
    ['a flow list with two items on a line', 'a: [\n  x, y\n]\n'],
    ['a trailing comma', 'a: [x, y, ]\n'],
    ['an empty flow value', 'a: { b: }\n'],
    ['a pair inside a flow list', 'a: [b: c]\n'],
    ['a key needing quotes', '"a": 1\n'],
    ['a space before the colon', 'a : 1\n'],
    ['a key that reads as null', 'null: 1\n'],
    ['a key that reads as a boolean', 'True: 1\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['an anchor on a mapping', 'a: &x\n  b: 1\nc: *x\n'],
    ['an anchor on a flow list', 'a: &x [1]\nb: *x\n'],
    ['an anchor on a key', '&x a: 1\n'],
    ['an alias before its anchor', 'a: *x\nb: &x 1\n'],
    ['an anchor name in an unusual spelling', 'a: &x.y 1\nb: *x.y\n'],
    ['more aliases than a document needs', `a: &x y\n${Array.from({ length: 60 }, (_, i) => `b${i}: *x\n`).join('')}`],
    ['a repeated key', 'a: 1\nb: 2\na: 3\n'],
    ['a repeated flow key', 'a: { b: 1, b: 2 }\n'],
    ['an empty value', 'a:\nb: 1\n'],
    ['an empty list item', 'a:\n  -\n  - x\n'],
    ['a key inside a value', 'a: b: c\n'],
    ['a value that starts with an indicator', 'a: @x\n'],
    ['a document marker', '---\na: 1\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
    ['a control character', 'a: x\u0007y\n'],
    ['a line separator', 'a: x\u2028y\n'],
    ['a deeper line after a value', 'a: 1\n  b: 2\n'],
    ['an indented root', '  a: 1\n'],
    ['a root list', '- a\n'],
    ['nesting deeper than a document needs', `a: ${'['.repeat(100)}${']'.repeat(100)}\n`],
  ])('leaves %s to the other paths', (_what, text) => {
    expect(readPlainShape(text)).toBeUndefined();
  });
});
