// Input generators for fuzzing: random YAML-ish text, random bytes, and
// mutations of the shipped examples (deleted keys, wrong types, swapped values,
// truncated text). Shared by tests/fuzz.test.ts and scripts/fuzz.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';

const folder = new URL('../../examples/', import.meta.url);
export const EXAMPLES = readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort().map((f) => readFileSync(new URL(f, folder), 'utf8'));

/** Every path to a node in a document, as yaml's getIn/setIn take them. */
function paths(node, prefix = [], out = []) {
  if (isMap(node)) for (const pair of node.items) { const p = [...prefix, pair.key?.value ?? String(pair.key)]; out.push(p); paths(pair.value, p, out); }
  else if (isSeq(node)) node.items.forEach((item, i) => { const p = [...prefix, i]; out.push(p); paths(item, p, out); });
  return out;
}

const NASTY_VALUES = [null, true, false, 0, -1, 1e308, -0.5, '', ' ', '25:99', '09:00', 'monday', [], {}, [[]], { provided: 'none' }, 'on-site', '\u0000', '🙂', 'x'.repeat(500), '__proto__', NaN, 123456789];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete'), at: fc.nat(), }),
  fc.record({ kind: fc.constant('set'), at: fc.nat(), value: fc.oneof(fc.constantFrom(...NASTY_VALUES), fc.jsonValue({ maxDepth: 2 })) }),
  fc.record({ kind: fc.constant('swap'), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('truncate'), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

function mutate(text, steps) {
  let doc = parseDocument(text);
  for (const step of steps) {
    if (step.kind === 'truncate') return doc.toString().slice(0, Math.floor(doc.toString().length * step.at));
    const all = paths(doc.contents);
    if (all.length === 0) break;
    const path = all[step.at % all.length];
    if (step.kind === 'delete') doc.deleteIn(path);
    else if (step.kind === 'set') doc.setIn(path, step.value);
    else {
      const other = all[step.other % all.length];
      // Swapping a node with its own ancestor would make a cycle: skip it.
      const nested = (x, y) => x.length <= y.length && x.every((k, i) => k === y[i]);
      if (nested(path, other) || nested(other, path)) continue;
      const a = doc.getIn(path, true);
      const b = doc.getIn(other, true);
      try { doc.setIn(path, b); doc.setIn(other, a); } catch { /* a path inside the other: skip */ }
    }
    doc = parseDocument(doc.toString());
  }
  return doc.toString();
}

/** Mutated examples: mostly nearly-valid documents, the hardest case for messages and positions. */
export const mutatedExample = fc.tuple(fc.nat({ max: EXAMPLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([i, steps]) => {
    try {
      return mutate(EXAMPLES[i], steps);
    } catch {
      return EXAMPLES[i].slice(0, 200 + steps.length * 37); // the generator's own limit: fall back to a truncation
    }
  });

const SCALAR_STYLES = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'];
const COMMENTS = [' note', '', ' # twice', ' key: value', " it's", ' -'];

/**
 * Valid examples written in other styles: flow or block collections, every
 * scalar quoting and block style, comments, blank lines, other indentation,
 * narrow folding, CRLF line ends, document markers. The same data, spelt many
 * ways: what the fast and full YAML readers must agree on.
 */
export const restyledExample = fc.record({
  example: fc.nat({ max: 1000 }),
  seed: fc.array(fc.nat({ max: 1000 }), { minLength: 8, maxLength: 8 }),
  indent: fc.integer({ min: 1, max: 4 }),
  indentSeq: fc.boolean(),
  lineWidth: fc.constantFrom(0, 20, 40, 80),
  crlf: fc.boolean(),
  marker: fc.constantFrom('', '---\n', '--- # start\n', '# heading\n\n'),
  footer: fc.constantFrom('', '...\n', '\n\n# end\n'),
}).map(({ example, seed, indent, indentSeq, lineWidth, crlf, marker, footer }) => {
  const doc = parseDocument(EXAMPLES[example % EXAMPLES.length]);
  let n = 0;
  const pick = (choices) => choices[(seed[n++ % seed.length] + n * 7) % choices.length];
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key)) pair.key.type = pick(['PLAIN', 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE']);
      if (pick([0, 0, 0, 1]) === 1) pair.key.commentBefore = pick(COMMENTS);
      if (pick([0, 0, 0, 1]) === 1) pair.key.spaceBefore = true;
    },
    Scalar(key, node) {
      if (key === 'key') return;
      if (typeof node.value === 'string') node.type = pick(SCALAR_STYLES);
      else if (pick([0, 0, 1]) === 1) node.comment = pick(COMMENTS);
    },
    Map(_key, node) { node.flow = pick([false, false, true]); },
    Seq(_key, node) { node.flow = pick([false, true]); },
  });
  let text = marker + doc.toString({ indent, indentSeq, lineWidth, minContentWidth: 0 }) + footer;
  if (crlf) text = text.replace(/\n/g, '\r\n');
  return text;
});

const LINE_EDITS = [
  (line, r) => ' '.repeat(r % 3) + line,
  (line, r) => line.slice(Math.min(r % 3, line.length - line.trimStart().length)),
  (line, r) => `${line.slice(0, r % (line.length + 1))}\n${' '.repeat(r % 7)}${line.slice(r % (line.length + 1))}`,
  (line, r) => `${line} ${['#', '# c', '#c', ':', '- x', '"', "'", '{', ']', '\\', '@', '`', '%', '|', '>', '?', '&', '*'][r % 18]}`,
  (line, r) => line.replace(/: /, [':  ', ' : ', ':\n  ', ': # c\n  ', ':\n\n    '][r % 5]),
  (line, r) => line.replace(/"([^"]*)"/, ['$1', "'$1'", '"$1\n  "', '"\\u0041$1"', '"$1 "'][r % 5]),
  (line, r) => line.replace(/\[(.*)\]/, ['[\n $1 ]', '[ $1, ]', '[$1\n]', '[\n$1]', '{ $1 }'][r % 5]),
  (line) => `${line}   `,
  () => '',
  (line, r) => `${' '.repeat(r % 6)}\n${line}`,
];

/** Examples with a few lines re-indented, split, joined or decorated: the edges of YAML syntax where readers disagree. */
export const editedExample = fc.record({
  example: fc.nat({ max: 1000 }),
  edits: fc.array(fc.tuple(fc.nat(), fc.nat({ max: LINE_EDITS.length - 1 }), fc.nat({ max: 1000 })), { minLength: 1, maxLength: 4 }),
}).map(({ example, edits }) => {
  const lines = EXAMPLES[example % EXAMPLES.length].split('\n');
  for (const [at, edit, r] of edits) lines[at % lines.length] = LINE_EDITS[edit](lines[at % lines.length], r);
  return lines.join('\n');
});

const yamlToken = fc.constantFrom(
  'version: 1\n', 'program:\n', '  name: X\n', 'schedule:\n', '  timetable:\n', '    - ', '{ day: monday, start: "09:00", end: "12:00", activities: [group-counseling] }\n',
  ': ', '- ', '[', ']', '{', '}', ',', '"', "'", '&a ', '*a', '!!str ', '!!js/function ', '? ', '|\n', '>\n', '#', '---\n', '...\n', '\t', '  ', '\n', '%YAML 1.2\n', '<<: *a\n', '~', 'null', '0x1F', '.inf', '2026-11-23',
);

/** YAML-flavoured noise: structure characters and fragments of real documents. */
export const randomYaml = fc.array(fc.oneof(yamlToken, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(''));

/** Any bytes at all, including invalid UTF-8 and NULs. */
export const randomBytes = fc.uint8Array({ maxLength: 400 });

/** The five kinds, as bytes. */
export const anyInput = fc.oneof(
  { weight: 5, arbitrary: mutatedExample.map((t) => new TextEncoder().encode(t)) },
  { weight: 2, arbitrary: editedExample.map((t) => new TextEncoder().encode(t)) },
  { weight: 2, arbitrary: restyledExample.map((t) => new TextEncoder().encode(t)) },
  { weight: 3, arbitrary: randomYaml.map((t) => new TextEncoder().encode(t)) },
  { weight: 2, arbitrary: randomBytes },
);
