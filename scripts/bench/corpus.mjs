// Deterministic corpus of program documents for the benchmark and the equivalence tests,
// written as people write them: every value re-drawn from the program schema's own
// vocabularies and ranges (so a changed schema changes the corpus with it), a timetable
// drawn per document, free text of several lines, seven YAML layouts, about 8% of the
// documents invalid against the schema and about 1% with a YAML syntax error. Seeded:
// the same seed gives the same bytes on every machine.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';

const SCHEMA = JSON.parse(readFileSync(new URL('../../schemas/program.schema.json', import.meta.url), 'utf8'));

/** The layouts a document is written in, with their share of the corpus (out of 100). */
export const LAYOUTS = {
  house: 40, // flow lists and one-line flow mappings for rows, as the examples
  block: 15, // every collection in block style
  'block-scalars': 15, // free text as `|` and `>` block scalars
  anchors: 5, // a partner named once with an anchor, then by alias
  crlf: 10, // house style with Windows line ends
  escapes: 8, // double-quoted text with escapes
  'multi-line': 7, // long flow lists and plain text continued over several lines
};

/** A small seeded generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Harbor', 'Lakeside', 'Summit', 'Riverside', 'Cedar', 'Prairie', 'Northgate', 'Willow Creek', 'Bayview', 'Granite Hill', 'Maple Grove', 'Sandstone', 'Three Rivers', 'Pinecrest', 'Eastbrook'];
const KINDS = ['Recovery IOP', 'Evening Program', 'Day Treatment', 'Intensive Outpatient', 'Dual Diagnosis IOP', 'Young Adult Track', 'Recovery Center', 'Wellness Program'];
const ORGS = ['Behavioral Health', 'Counseling Services', 'Community Health', 'Health System', 'Family Services', 'Recovery Network', 'Medical Center'];
const PARTNERS = ['County Hospital', 'Valley Primary Care', 'St. Anne\'s Clinic', 'Regional Psychiatry Group', 'Northside FQHC', 'University Medical Center', 'Quest Diagnostics', 'Mercy Outpatient Lab'];
const INSTRUMENTS = ['ASI', 'AUDIT', 'DAST-10', 'PHQ-9', 'GAD-7', 'CRAFFT', 'GAIN-Q3', 'PCL-5', 'C-SSRS', 'BAM', 'URICA', 'PHQ-A', 'CIWA-Ar'];
const ALLIANCE = ['WAI-SR', 'SRS', 'TASC', 'HAq-II'];
const SOURCE_IDS = ['P-12', 'P-7', 'HB-2026', 'SOP-3', 'SCHED-1', 'MOU-4', 'QA-1', 'CRED-2'];
const SOURCE_TITLES = ['Program policy manual', 'Staff handbook', 'Group schedule, spring term', 'Memorandum of understanding with the county hospital', 'Quality plan', 'Credentialing file summary'];
const RATIONALE = [
  'Members work during the day, so groups run in the evening.',
  'The hours follow the payer\'s minimum and the clinical team\'s review of last year\'s attendance.',
  'Three longer days leave room for family sessions on the weekend.',
  'Shorter days keep adolescents in school; the weekly total still meets the floor.',
  'Days are split around a meal break so that people coming from work can eat.',
  'The schedule was set with the transport provider, whose vans run until 8 pm.',
];
const DAYS = SCHEMA.properties.schedule.properties.timetable.items.properties.day.enum;
const ACTIVITIES = SCHEMA.properties.schedule.properties.timetable.items.properties.activities.items.enum;

const EXAMPLES = new URL('../../examples/', import.meta.url);
/** The shipped examples that pass the audit: complete programs, whose details are re-drawn below. */
const PASSING = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).sort()
  .map((f) => readFileSync(new URL(f, EXAMPLES), 'utf8'))
  .filter((text) => /^# Expected verdict: pass/m.test(text))
  .map((text) => jsyaml.load(text));

/**
 * A complete program, as a designer who followed the standards writes it: a passing example's
 * structure with its names, partners, instruments, list orders and timetable re-drawn (the
 * timetable moved in time and its activities reordered, which keeps every rule's verdict).
 */
function drawCompliant(r, index) {
  const pick = (list) => list[Math.floor(r() * list.length)];
  const doc = structuredClone(pick(PASSING));
  const shift = (Math.floor(r() * 5) - 2) * 30;
  const redraw = (node, key) => {
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i > 0 && key !== 'timetable'; i--) {
        const j = Math.floor(r() * (i + 1));
        [node[i], node[j]] = [node[j], node[i]];
      }
      node.forEach((item) => redraw(item, key));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'partner') node[k] = pick(PARTNERS);
      else if ((k === 'start' || k === 'end') && typeof v === 'string' && minutes(v) + shift >= 6 * 60 && minutes(v) + shift <= 23 * 60) node[k] = clock(minutes(v) + shift);
      else redraw(v, k);
    }
  };
  redraw(doc, '');
  // A whole shift or none: a session never ends before it starts.
  for (const row of doc.schedule?.timetable ?? []) if (minutes(row.end) <= minutes(row.start)) return drawCompliant(r, index);
  doc.program.name = `${pick(PLACES)} ${pick(KINDS)} ${index}`;
  doc.program.provider = `${pick(PLACES)} ${pick(ORGS)}`;
  return doc;
}

/** Draws a program document as data: the schema walked, with a few fields drawn as people fill them. */
function drawDocument(r, index) {
  const pick = (list) => list[Math.floor(r() * list.length)];
  const some = (list, most = 4) => {
    const count = 1 + Math.floor(r() * Math.min(most, list.length));
    const chosen = new Set();
    while (chosen.size < count) chosen.add(pick(list));
    return [...chosen];
  };
  // The documents a draft cites: its evidence lists name them by ID, often with a section.
  const sources = some(SOURCE_IDS, 3);
  const text = (path) => {
    const last = path.at(-1);
    if (path.at(-2) === 'evidence') return r() < 0.6 ? `${pick(sources)} §${1 + Math.floor(r() * 9)}.${1 + Math.floor(r() * 6)}` : pick(sources);
    if (path.includes('source_documents')) {
      if (last === 'id') return pick(sources);
      if (last === 'effective') return `20${24 + Math.floor(r() * 3)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
      if (last === 'version') return pick(['1.0', '2', 'rev. 3', '2026-01']);
      if (last === 'title') return pick(SOURCE_TITLES);
    }
    if (last === 'name') return `${pick(PLACES)} ${pick(KINDS)} ${index}`;
    if (last === 'provider') return `${pick(PLACES)} ${pick(ORGS)}`;
    if (last === 'partner') return pick(PARTNERS);
    if (last === 'hours_rationale') return `${pick(RATIONALE)} ${pick(RATIONALE)}`;
    if (last === 'measured_with') return pick(ALLIANCE);
    return pick(INSTRUMENTS);
  };
  const number = (node, integer) => {
    const low = node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 1 : 0);
    const high = node.maximum ?? low + 30;
    const value = low + r() * (high - low);
    return integer ? Math.round(value) : Math.round(value * 2) / 2 || 0.5;
  };
  const walk = (node, path) => {
    if (node.const !== undefined) return node.const;
    if (node.enum) return pick(node.enum);
    switch (node.type) {
      case 'object': {
        const out = {};
        const required = new Set(node.required ?? []);
        for (const [key, child] of Object.entries(node.properties ?? {})) {
          if (path.at(-1) === 'minutes') continue;
          // Sections are mostly there; fields within them often.
          if (!required.has(key) && r() > (path.length === 0 ? 0.9 : 0.7)) continue;
          out[key] = walk(child, [...path, key]);
        }
        // An empty section is written `key: {}` by nobody: it gets its first field.
        const first = Object.entries(node.properties ?? {})[0];
        if (path.length > 0 && Object.keys(out).length === 0 && first) out[first[0]] = walk(first[1], [...path, first[0]]);
        return out;
      }
      case 'array':
        if (node.items?.enum) return some(node.items.enum);
        if (path.at(-1) === 'team') return Array.from({ length: 1 + Math.floor(r() * 4) }, () => walk(node.items, [...path, 'item']));
        return [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => walk(node.items, [...path, 'item'])))];
      case 'integer':
        return number(node, true);
      case 'number':
        return number(node, false);
      case 'boolean':
        return r() < 0.8;
      default:
        return text(path);
    }
  };
  const doc = walk(SCHEMA, []);
  // Each cited document listed once, under its own ID.
  if (doc.source_documents) doc.source_documents = sources.map((id, n) => ({ ...(doc.source_documents[n] ?? walk(SCHEMA.properties.source_documents.items, ['source_documents', 'item'])), id }));
  if (doc.schedule || r() < 0.9) doc.schedule = { ...(doc.schedule ?? {}), ...drawSchedule(r, pick, some) };
  return doc;
}

/** A weekly timetable: a few distinct days, start times on the half hour, sessions of 1 to 4.5 hours. */
function drawSchedule(r, pick, some) {
  const days = DAYS.filter(() => r() < 0.45);
  if (days.length === 0) days.push(pick(DAYS));
  const timetable = days.map((day) => {
    const start = 8 * 60 + Math.floor(r() * 22) * 30;
    const end = Math.min(24 * 60, start + 60 + Math.floor(r() * 8) * 30);
    return { day, start: clock(start), end: clock(end), activities: some(ACTIVITIES, 3) };
  });
  const hours = timetable.map((t) => (minutes(t.end) - minutes(t.start)) / 60);
  // Most documents state days and hours that match their timetable; some do not (a finding).
  const consistent = r() < 0.8;
  return {
    days_per_week: consistent ? timetable.length : Math.min(7, timetable.length + 1),
    hours_per_day: consistent ? Math.round((hours.reduce((a, b) => a + b, 0) / hours.length) * 2) / 2 || 0.5 : 3,
    timetable,
  };
}

const clock = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const minutes = (t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

/** Mistakes that make a document invalid against the schema, as people make them. */
const SCHEMA_MISTAKES = [
  (doc) => { doc.program.levl_of_care = doc.program.level_of_care ?? 'intensive-outpatient'; delete doc.program.level_of_care; },
  (doc) => { (doc.services ??= {}).drug_testing = { provided: 'on-site', method: 'urin' }; },
  (doc) => { (doc.admission ??= {}).days_to_first_session = 'soon'; },
  (doc) => { if (doc.schedule?.timetable?.[0]) doc.schedule.timetable[0].start = '9:00'; else doc.version = 2; },
  (doc) => { doc.program.populations = ['adults', 'adults']; },
  (doc) => { (doc.schedule ??= {}).hours_per_day = '3 hours'; },
];

/** Syntax errors, as an editor leaves them: an unclosed flow list, a tab, a bad indentation, an unclosed quote. */
const SYNTAX_MISTAKES = [
  (text) => text.replace(/\[([^\]\n]*)\]/, '[$1'),
  (text) => text.replace(/\n {2}(\w)/, '\n\t$1'),
  (text) => text.replace(/\n {2}(\w+:)/, '\n   $1'),
  (text) => text.replace(/: ([A-Z][^\n]*)/, ': "$1'),
];

// ---- writing YAML in each layout ----

const PLAIN_OK = /^[A-Za-z][\w .,'()/-]*$/;
const LOOKS_TYPED = /^(?:true|false|null|~|yes|no|on|off|[-+]?[\d.]+(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|\.nan)$/i;

/** A scalar as the house style writes it: plain where YAML reads it back as the same text. */
function scalar(value) {
  if (typeof value !== 'string') return String(value);
  if (PLAIN_OK.test(value) && !LOOKS_TYPED.test(value) && !/: | #|[,\]}]$/.test(value)) return value;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A scalar inside a flow collection: commas and brackets need quotes there. */
function flowScalar(value) {
  const plain = scalar(value);
  return /[,[\]{}]/.test(plain) && !plain.startsWith('"') ? `"${plain}"` : plain;
}

/** Double-quoted with escapes that an editor or a converter writes (\u0027 for an apostrophe, \x2C for a comma, \/), the text unchanged. */
function escaped(value) {
  if (typeof value !== 'string') return String(value);
  return `"${value.replace(/\\/g, '\\\\').replace(/'/g, '\\u0027').replace(/"/g, '\\"').replace(/,/g, '\\x2C')}"`;
}

const isScalar = (v) => v === null || typeof v !== 'object';
const flowList = (list) => `[${list.map(flowScalar).join(', ')}]`;
const flowMap = (map) => `{ ${Object.entries(map).map(([k, v]) => `${k}: ${Array.isArray(v) ? flowList(v) : isScalar(v) ? flowScalar(v) : flowMap(v)}`).join(', ')} }`;

/**
 * A document written in one layout. `options.text` writes a string value (the layouts
 * differ in free text); `flowRows` writes list items of mappings on one line; `flowLists` writes lists of scalars in brackets.
 */
function emit(doc, layout, r) {
  const lines = ['# yaml-language-server: $schema=../schemas/program.schema.json', `# ${doc.program.name}: generated for the benchmark.`];
  const flow = layout !== 'block';
  let anchored;
  const value = (v, key, indent) => {
    if (typeof v === 'string') {
      if (layout === 'escapes' && (key === 'name' || key === 'provider' || key === 'partner' || key === 'hours_rationale')) return ` ${escaped(v)}`;
      if (layout === 'block-scalars' && v.length > 24 && v.includes(' ')) {
        const words = v.split(' ');
        const half = Math.ceil(words.length / 2);
        const style = r() < 0.5 ? '|' : '>';
        const body = style === '|' ? [v] : [words.slice(0, half).join(' '), words.slice(half).join(' ')];
        // `|` keeps the line break at the end, `>-` drops it: both are common.
        return ` ${style}${style === '>' ? '-' : '-'}\n${body.map((l) => `${' '.repeat(indent + 2)}${l}`).join('\n')}`;
      }
      if (layout === 'multi-line' && v.length > 30 && v.includes(' ') && PLAIN_OK.test(v) && !LOOKS_TYPED.test(v) && !/: | #/.test(v)) {
        const words = v.split(' ');
        const half = Math.ceil(words.length / 2);
        return ` ${words.slice(0, half).join(' ')}\n${' '.repeat(indent + 2)}${words.slice(half).join(' ')}`;
      }
      if (layout === 'anchors' && key === 'partner') {
        if (anchored === v) return ' *partner';
        if (anchored === undefined) {
          anchored = v;
          return ` &partner ${scalar(v)}`;
        }
      }
    }
    return ` ${scalar(v)}`;
  };
  const list = (items, indent, key) => {
    if (flow && items.every(isScalar)) {
      if (layout === 'multi-line' && items.length > 2) {
        const pad = ' '.repeat(indent + 2);
        return [` [`, ...items.map((i, n) => `${pad}${flowScalar(i)}${n < items.length - 1 ? ',' : ''}`), `${' '.repeat(indent)}]`].join('\n');
      }
      return ` ${flowList(items)}`;
    }
    const pad = ' '.repeat(indent + 2);
    return `\n${items.map((item) => {
      if (isScalar(item)) return `${pad}-${value(item, key, indent + 2)}`;
      if (flow && layout !== 'multi-line' && layout !== 'anchors') return `${pad}- ${flowMap(item)}`;
      const inner = block(item, indent + 4).split('\n');
      return `${pad}- ${inner[0].trimStart()}${inner.length > 1 ? `\n${inner.slice(1).join('\n')}` : ''}`;
    }).join('\n')}`;
  };
  const block = (map, indent) => Object.entries(map).map(([key, v]) => {
    const pad = ' '.repeat(indent);
    if (Array.isArray(v)) return `${pad}${key}:${v.length === 0 ? ' []' : list(v, indent, key)}`;
    if (isScalar(v)) return `${pad}${key}:${value(v, key, indent)}`;
    // Small mappings of scalars on one line in the house style, as the examples write services.
    if (flow && layout !== 'multi-line' && layout !== 'block-scalars' && layout !== 'anchors' && Object.values(v).every((x) => isScalar(x) || (Array.isArray(x) && x.every(isScalar))) && Object.keys(v).length <= 4) {
      return `${pad}${key}: ${flowMap(v)}`;
    }
    return `${pad}${key}:\n${block(v, indent + 2)}`;
  }).join('\n');
  for (const [key, v] of Object.entries(doc)) {
    lines.push(isScalar(v) ? `${key}: ${scalar(v)}` : Array.isArray(v) ? `${key}:${list(v, 0, key)}` : `${key}:\n${block(v, 2)}`);
    if (!isScalar(v)) lines.push('');
  }
  const text = `${lines.join('\n').trimEnd()}\n`;
  return layout === 'crlf' ? text.replace(/\n/g, '\r\n') : text;
}

/** Picks a layout by its share. */
function drawLayout(r) {
  let roll = r() * 100;
  for (const [layout, share] of Object.entries(LAYOUTS)) {
    roll -= share;
    if (roll < 0) return layout;
  }
  return 'house';
}

/**
 * The corpus's documents, one by one: its file name, its text, its layout and what was
 * done to it ('valid' as drawn, 'schema' made invalid, 'syntax' made unreadable).
 */
export function* corpusDocuments(count, seed = 47) {
  const r = random(seed);
  for (let i = 0; i < count; i++) {
    // About a third are complete programs (most pass); the rest are drafts drawn from the schema (they fail rules).
    const doc = r() < 0.35 ? drawCompliant(r, i) : drawDocument(r, i);
    const roll = r();
    const kind = roll < 0.01 ? 'syntax' : roll < 0.09 ? 'schema' : 'valid';
    if (kind === 'schema') SCHEMA_MISTAKES[Math.floor(r() * SCHEMA_MISTAKES.length)](doc);
    const layout = drawLayout(r);
    let text = emit(doc, layout, r);
    if (kind === 'syntax') text = SYNTAX_MISTAKES[Math.floor(r() * SYNTAX_MISTAKES.length)](text);
    yield { name: `program-${String(i).padStart(5, '0')}.yaml`, text, layout, kind, data: doc };
  }
}

/** Writes `count` documents into `dir` (emptied first) and returns their paths. */
export function writeCorpus(dir, count, seed = 47) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (const { name, text } of corpusDocuments(count, seed)) {
    const file = join(dir, name);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}
