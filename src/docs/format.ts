import programSchema from '../../schemas/program.schema.json' with { type: 'json' };
import { template } from '../init/template.js';
import { FIELD_MEANINGS, FIELD_VOCABULARIES, VOCABULARIES, fieldPath } from '../domain/terms.js';
import { suggest } from '../core/suggest.js';
import { yamlLibraries } from '../yaml/yaml-loader.js';

/**
 * The field reference: every field of the program document with its type, its
 * meaning, its allowed values (each with one line, from src/domain/terms.ts)
 * and an example. `iop-audit schema --field` prints one field; docs/format.md
 * is all of them, generated (tests/catalog.test.ts keeps it current).
 */
export interface FieldDoc {
  /** As `schema --field` takes it: `services.drug_testing.method`. */
  path: string;
  /** The keys from the top, with `[]` for a list's items (for the example). */
  segments: readonly string[];
  type: string;
  meaning: string;
  required: boolean;
  /** The allowed values and what each means. */
  values?: readonly (readonly [string, string])[];
  /** The list accepts terms it does not list (reported by VOCAB-01, counted by no rule). */
  open?: boolean;
  /** The keys of a mapping. */
  keys?: readonly string[];
  example: string;
}

interface SchemaNode {
  type?: string;
  const?: unknown;
  enum?: string[];
  anyOf?: SchemaNode[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
}

const TIME = '^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$';

let all: FieldDoc[] | undefined;

/** Every field, in the schema's order. */
export function fieldDocs(): readonly FieldDoc[] {
  if (all) return all;
  const fields: FieldDoc[] = [];
  const example = exampleData();
  const visit = (node: SchemaNode, segments: string[], required: boolean): void => {
    const path = fieldPath(segments);
    const listed = node.type === 'array' ? node.items ?? {} : node;
    const words = wordsOf(listed);
    fields.push({
      path,
      segments,
      type: typeOf(node),
      meaning: node.description ?? node.items?.description ?? FIELD_MEANINGS[path] ?? '',
      required,
      ...(words ? { values: valuesOf(path, words.all), ...(words.open ? { open: true } : {}) } : {}),
      ...(listed.properties ? { keys: Object.keys(listed.properties) } : {}),
      example: exampleOf(segments, node, example),
    });
    // A mapping whose keys all take the same value (a block's minutes per activity) is one field, not thirty.
    if (listed.properties && !uniform(listed.properties)) {
      const inner = node.type === 'array' ? [...segments, '[]'] : segments;
      for (const [key, child] of Object.entries(listed.properties)) visit(child, [...inner, key], listed.required?.includes(key) ?? false);
    }
  };
  const root = programSchema as SchemaNode;
  for (const [key, child] of Object.entries(root.properties!)) visit(child, [key], root.required?.includes(key) ?? false);
  all = fields;
  return fields;
}

/** One field's reference, as `iop-audit schema --field` prints it; undefined for a path the schema does not have. */
export function fieldReference(written: string): string | undefined {
  const path = normalPath(written);
  const field = fieldDocs().find((f) => f.path === path);
  if (!field) return undefined;
  const lines = [field.path, `  type: ${field.type}${field.required ? ' (required)' : ''}`];
  if (field.meaning) lines.push(`  ${field.meaning}`);
  if (field.values) {
    lines.push(field.open ? '  values (open: another term is accepted with a warning, and no rule counts it):' : '  values:');
    const width = Math.max(...field.values.map(([value]) => value.length));
    for (const [value, meaning] of field.values) lines.push(`    ${value.padEnd(width)}  ${meaning}`);
  }
  if (field.keys) lines.push(`  keys: ${field.keys.join(', ')}`);
  lines.push('  example:', ...field.example.trimEnd().split('\n').map((line) => `    ${line}`));
  return `${lines.join('\n')}\n`;
}

/** The field path nearest to an unknown one, for a did-you-mean. */
export function closestField(written: string): string | undefined {
  const path = normalPath(written);
  const paths = fieldDocs().map((f) => f.path);
  const last = path.slice(path.lastIndexOf('.') + 1);
  const sameName = paths.filter((p) => p.endsWith(`.${last}`) || p === last);
  return suggest(path, paths) ?? (sameName.length > 0 ? sameName.join("', '") : undefined);
}

/** The document's top-level fields, for a message that has to say where to start. */
export function topLevelFields(): string[] {
  return fieldDocs().filter((f) => !f.path.includes('.')).map((f) => f.path);
}

/** `schedule.timetable[].start`, `schedule.timetable.0.start` and `/schedule/timetable/0/start` all name `schedule.timetable.start`. */
function normalPath(written: string): string {
  return fieldPath(written.trim().replace(/^\//, '').replace(/\[\d*\]/g, '').split(/[./]/).filter((s) => s !== ''));
}

/** docs/format.md: every field with its type, meaning, values and an example. */
export function formatDoc(): string {
  const out = [
    '# The program document format',
    '',
    '<!-- Generated from schemas/program.schema.json and src/domain/terms.ts by `npm run docs`: do not edit. -->',
    '',
    'One YAML file describes one program (format version 1). Only `version` and `program.name` are required: a missing section is an audit finding, not a format error. '
      + '`iop-audit schema --field <path>` prints any field below; `iop-audit init` writes a complete example to start from.',
    '',
    'Words of a list may be written another way (CBT, IOP, "Group Counselling"): the audit reads them as the listed word and says so in an info note (VOCAB-02). '
      + 'An *open* vocabulary also accepts a term it does not list, with a warning (VOCAB-01); no rule counts such a term. Values written as placeholders (`<program name>`, `TODO`) fail the audit (DRAFT-01).',
    '',
  ];
  for (const field of fieldDocs()) {
    const depth = field.segments.filter((s) => s !== '[]').length;
    out.push(`${depth === 1 ? '##' : '###'} \`${field.path}\``, '');
    out.push(`*${field.type}${field.required ? ', required' : ''}.* ${field.meaning}`.trimEnd(), '');
    if (field.values) {
      if (field.open) out.push('Open: another term is accepted with a warning, and counted by no rule.', '');
      out.push('| Value | Meaning |', '|---|---|', ...field.values.map(([value, meaning]) => `| \`${value}\` | ${meaning.replace(/\|/g, '\\|')} |`), '');
    }
    if (field.keys) out.push(`Keys: ${field.keys.map((k) => `\`${k}\``).join(', ')}.`, '');
    out.push('```yaml', field.example.trimEnd(), '```', '');
  }
  return out.join('\n');
}

function uniform(properties: Record<string, SchemaNode>): boolean {
  const values = Object.values(properties).map((p) => JSON.stringify(p));
  return values.length > 2 && values.every((v) => v === values[0]);
}

function wordsOf(node: SchemaNode): { all: readonly string[]; open: boolean } | undefined {
  if (node.enum) return { all: node.enum, open: false };
  const open = node.anyOf?.find((branch) => branch.enum)?.enum;
  return open ? { all: open, open: true } : undefined;
}

function valuesOf(path: string, words: readonly string[]): (readonly [string, string])[] {
  const vocabulary = VOCABULARIES[FIELD_VOCABULARIES[path]!] as Readonly<Record<string, string>> | undefined;
  return words.map((word) => [word, vocabulary?.[word] ?? ''] as const);
}

/** A field's type in words; `many` for a list's items ("list of words from the list below"). */
function typeOf(node: SchemaNode, many = false): string {
  const noun = (one: string, several: string) => (many ? several : one);
  if (node.const !== undefined) return `always ${JSON.stringify(node.const)}`;
  if (node.type === 'array') return `list of ${typeOf(node.items ?? {}, true)}`;
  if (node.type === 'object') {
    const values = Object.values(node.properties ?? {});
    return uniform(node.properties ?? {}) ? `mapping of the keys below to ${typeOf(values[0]!, true)}` : noun('mapping', 'mappings');
  }
  if (node.type === 'boolean') return 'true or false';
  if (node.type === 'integer' || node.type === 'number') {
    const bounds = [
      node.minimum !== undefined ? `at least ${node.minimum}` : node.exclusiveMinimum !== undefined ? `more than ${node.exclusiveMinimum}` : '',
      node.maximum !== undefined ? `at most ${node.maximum}` : '',
    ].filter(Boolean).join(', ');
    return `${node.type === 'integer' ? noun('whole number', 'whole numbers') : noun('number', 'numbers')}${bounds ? ` (${bounds})` : ''}`;
  }
  if (node.enum) return noun('a word from the list below', 'words from the list below');
  if (node.anyOf) return noun('a word from the list below, or another term', 'words from the list below, or other terms');
  if (node.pattern === TIME) return 'time of day, 24-hour "HH:MM" (in quotes)';
  return 'text';
}

/** The template's values: the examples, where the template has the field (its placeholders filled in). */
function exampleData(): unknown {
  const filled = template('program.schema.json')
    .replace('<program name>', 'Harbor Light Evening IOP')
    .replace('<organisation that runs it>', 'Harbor Light Behavioral Health')
    .replace(/<[a-z ]*partner>/g, 'Eastside Family Medicine');
  return yamlLibraries().yaml.parse(filled);
}

/** A small YAML example: the field in its place, with the template's value or one made from the schema. */
function exampleOf(segments: readonly string[], node: SchemaNode, data: unknown): string {
  let value = valueAt(data, segments);
  if (value === undefined) value = madeUp(node, segments.at(-1));
  const nested = segments.reduceRight<unknown>((inner, segment) => (segment === '[]' ? [inner] : { [segment]: inner }), value);
  const { Document, isScalar, visit } = yamlLibraries().yaml;
  const doc = new Document(nested);
  visit(doc, { Seq(_key, seq) { if (seq.items.every((item) => isScalar(item))) seq.flow = true; } });
  // Lists of words, list items of plain values and long mappings of plain values on one line each, as the template writes them.
  visit(doc, {
    Map(key, map) {
      if (map.items.every((pair) => isScalar(pair.value)) && ((typeof key === 'number' && map.items.length > 1) || map.items.length > 3)) map.flow = true;
    },
  });
  // Times in quotes, as the template writes them: some YAML readers take 17:30 unquoted for a number.
  visit(doc, { Scalar(_key, scalar) { if (typeof scalar.value === 'string' && /^\d\d:\d\d$/.test(scalar.value)) scalar.type = 'QUOTE_DOUBLE'; } });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let node = data;
  for (const segment of segments) {
    if (segment === '[]') {
      if (!Array.isArray(node) || node.length === 0) return undefined;
      node = node[0];
    } else {
      if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
      node = (node as Record<string, unknown>)[segment];
    }
  }
  return node;
}

/** Examples for fields the template leaves out, by their key. */
const EXAMPLES: Readonly<Record<string, unknown>> = {
  evidence: ['P-12 §4.2', 'SCH-1 p. 3'],
  id: 'P-12',
  title: 'Admission and Intake Procedure',
  effective: '2026-01-01',
  version: '3',
  hours_rationale: 'Daytime hours suit the retired older adults the program serves',
  instrument: 'C-SSRS',
  partner: 'Eastside Family Medicine',
};

function madeUp(node: SchemaNode, key?: string): unknown {
  if (key !== undefined && key in EXAMPLES) return EXAMPLES[key];
  if (node.const !== undefined) return node.const;
  const words = wordsOf(node);
  if (words) return words.all[0];
  switch (node.type) {
    case 'array': {
      const item = madeUp(node.items ?? {}, key);
      return item === undefined ? [] : [item];
    }
    case 'object':
      return Object.fromEntries(Object.entries(node.properties ?? {}).slice(0, 4).map(([name, child]) => [name, madeUp(child, name)]));
    case 'boolean': return true;
    case 'integer': return Math.max(node.minimum ?? 1, 1);
    case 'number': return Math.max(node.minimum ?? 1, 1);
    default: return node.pattern === TIME ? '17:30' : 'text';
  }
}
