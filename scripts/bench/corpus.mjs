// Deterministic corpus of program documents for the benchmark and the
// equivalence tests: variations of the shipped examples, valid and invalid mixed.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const EXAMPLES = new URL('../../examples/', import.meta.url);

/** A small seeded generator (mulberry32): the same seed gives the same corpus on every machine. */
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

const MUTATIONS = [
  // Valid variations.
  (text, r) => text.replace(/days_to_first_session: \d+/, `days_to_first_session: ${1 + Math.floor(r() * 12)}`),
  (text, r) => text.replace(/review_every_days: \d+/, `review_every_days: ${[14, 30, 45, 60, 120][Math.floor(r() * 5)]}`),
  (text, r) => text.replace(/max_group_size: \d+/, `max_group_size: ${6 + Math.floor(r() * 12)}`),
  (text, r) => text.replace(/end: "21:00"/, `end: "${['19:30', '20:00', '20:30', '21:00', '21:30'][Math.floor(r() * 5)]}"`),
  (text) => text.replace(/schedule: random/, 'schedule: scheduled'),
  (text) => text.replace(/  waiting_list: false\n/, '  waiting_list: true\n'),
  // Invalid ones: a misspelt key, a value outside its vocabulary, a wrong type, an end before its start.
  (text) => text.replace(/level_of_care:/, 'levl_of_care:'),
  (text) => text.replace(/method: urine/, 'method: urin'),
  (text) => text.replace(/days_to_first_session: \d+/, 'days_to_first_session: soon'),
  (text) => text.replace(/start: "17:30", end: "21:00"/, 'start: "21:00", end: "17:30"'),
];

/** Writes `count` documents into `dir` (emptied first) and returns their paths. */
export function writeCorpus(dir, count, seed = 47) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const templates = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).sort().map((f) => readFileSync(new URL(f, EXAMPLES), 'utf8'));
  const r = random(seed);
  const files = [];
  for (let i = 0; i < count; i++) {
    let text = templates[i % templates.length].replace(/^( {2}name: ).*$/m, `$1Program ${String(i).padStart(5, '0')}`);
    const mutations = 1 + Math.floor(r() * 2);
    for (let m = 0; m < mutations; m++) text = MUTATIONS[Math.floor(r() * MUTATIONS.length)](text, r);
    const file = join(dir, `program-${String(i).padStart(5, '0')}.yaml`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}
