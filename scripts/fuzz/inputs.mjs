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

// Characters that sit at the edges of plain YAML: indicators, quotes, escapes, and characters YAML treats specially.
const EDGE_CHARACTERS = [...'abnNtTfF09-_.: #,[]{}\'"\\%@!&*|>?~+/é', '\u00a0', '\u0085', '\u2028', '\t', '\r', '\u0007', '🙂'];
const SCALAR_WORDS = ['monday', 'group-therapy', 'PHQ-9', 'Lakeside Behavioral Health', '09:30', 'null', 'Null', '~', 'true', 'FALSE', 'yes',
  '1', '-0', '+12', '0x1F', '0o17', '.inf', '-.Inf', '.nan', '1e3', '1_000', '__proto__', 'constructor'];
const word = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...SCALAR_WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...EDGE_CHARACTERS), maxLength: 8 }) },
);
/** A scalar as written: plain, single-quoted (quotes doubled, or not), or double-quoted as it is. */
const scalarText = fc.tuple(word, fc.constantFrom('plain', 'plain', 'plain', 'single', 'double', 'single', 'double', 'single-raw'))
  .map(([w, style]) => (style === 'plain' ? w : style === 'single' ? `'${w.replace(/'/g, "''")}'` : style === 'double' ? `"${w}"` : `'${w}'`));
const keyText = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('version', 'program', 'name', 'a', 'b', 'a-b', '_x', 'x1') }, { weight: 1, arbitrary: scalarText });

const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ maxDepth: 4, depthIdentifier: 'tree' }, scalarText.map((text) => ({ text })), tie('mapping'), tie('sequence')),
  mapping: fc.uniqueArray(fc.tuple(keyText, tie('tree')), { maxLength: 4, selector: ([key]) => key }).map((entries) => ({ entries })),
  sequence: fc.array(tie('tree'), { maxLength: 4 }).map((items) => ({ items })),
}));

/**
 * Documents written in the plain shape the quickest reader takes (block
 * mappings and lists, one-line values, flow collections on their line), from
 * random trees whose keys and scalars are often at its edges: reserved words,
 * indicators, quotes, escapes, odd characters. Many are valid, many are not
 * or mean something else than they seem; the readers must agree on all.
 */
export const plainShapedYaml = fc.record({
  root: fc.uniqueArray(fc.tuple(keyText, tree), { minLength: 1, maxLength: 5, selector: ([key]) => key }),
  seed: fc.array(fc.nat({ max: 1000 }), { minLength: 8, maxLength: 8 }),
  step: fc.integer({ min: 1, max: 4 }),
}).map(({ root, seed, step }) => {
  let n = 0;
  const pick = (choices) => choices[(seed[n++ % seed.length] + n * 7) % choices.length];
  const isCollection = (node) => node.entries !== undefined || node.items !== undefined;
  const flow = (node) => {
    if (node.text !== undefined) return node.text;
    const gap = pick(['', ' ']);
    if (node.items) return `[${gap}${node.items.map(flow).join(pick([', ', ',', ' , ']))}${gap}]`;
    return `{${gap}${node.entries.map(([k, v]) => `${k}:${pick([' ', '  '])}${flow(v)}`).join(pick([', ', ','])) }${gap}}`;
  };
  const decorate = (line) => line + pick(['', '', '', '', '', '', '', ' # note', '  ', ' #', '#x']);
  // Lines of a collection written as a block at `indent` (empty collections and those picked for it as flow).
  const block = (node, indent) => {
    const pad = ' '.repeat(indent);
    const lines = pick(['', '', '', '', '\n', '# comment\n', `${pad}  # indented comment\n`]) === '' ? [] : [pick(['', `${pad}# comment`])];
    if (node.items) {
      for (const item of node.items) {
        if (item.entries?.length > 0 && pick([true, true, true, false])) {
          const gap = pick([1, 1, 2]);
          const inner = block(item, indent + 1 + gap);
          lines.push(`${pad}-${' '.repeat(gap)}${inner[0].trimStart()}`, ...inner.slice(1));
        } else lines.push(decorate(`${pad}-${pick([' ', '  '])}${flow(item)}`));
      }
      return lines;
    }
    for (const [key, value] of node.entries) {
      if (isCollection(value) && (value.items ?? value.entries).length > 0 && pick([true, true, false])) {
        lines.push(decorate(`${pad}${key}:`));
        lines.push(...block(value, value.items && pick([true, false]) ? indent : indent + step));
      } else lines.push(decorate(`${pad}${key}:${pick([' ', '  '])}${flow(value)}`));
    }
    return lines;
  };
  return block({ entries: root }, 0).join('\n') + pick(['\n', '', '\n\n']);
});
