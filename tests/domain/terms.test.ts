import { describe, expect, it } from 'vitest';
import programSchema from '../../schemas/program.schema.json' with { type: 'json' };
import { FIELD_VOCABULARIES, SYNONYMS, VOCABULARIES, readAs, spellingKey } from '../../src/domain/terms.js';
import { fieldDocs, fieldReference } from '../../src/docs/format.js';

interface Node { enum?: string[]; anyOf?: Node[]; properties?: Record<string, Node>; items?: Node }

/** Every field with a vocabulary, by `schema --field` path, with its words and whether its list is open. */
function schemaVocabularies(): Map<string, { words: string[]; open: boolean }> {
  const found = new Map<string, { words: string[]; open: boolean }>();
  const walk = (node: Node, path: string) => {
    const open = node.anyOf?.find((b) => b.enum)?.enum;
    if (node.enum || open) found.set(path, { words: node.enum ?? open!, open: !node.enum });
    for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, path ? `${path}.${key}` : key);
    if (node.items) walk(node.items, path);
  };
  walk(programSchema as Node, '');
  return found;
}

describe('the vocabularies and the schema', () => {
  it('gives every word of every schema vocabulary one line of meaning, and no word the schema lacks', () => {
    const fields = schemaVocabularies();
    expect([...fields.keys()].sort()).toEqual(Object.keys(FIELD_VOCABULARIES).sort());
    for (const [path, { words }] of fields) {
      const vocabulary: Record<string, string> = VOCABULARIES[FIELD_VOCABULARIES[path]!];
      expect(Object.keys(vocabulary).sort(), path).toEqual([...words].sort());
      for (const word of words) expect(vocabulary[word]!.length, `${path}: ${word}`).toBeGreaterThan(3);
    }
    const used = new Set(Object.values(FIELD_VOCABULARIES));
    expect(Object.keys(VOCABULARIES).filter((name) => !used.has(name as never))).toEqual([]);
  });

  it('opens exactly the lists where a program may use a term no list names, and no list a verdict rests on by word', () => {
    const open = [...schemaVocabularies()].filter(([, v]) => v.open).map(([path]) => path).sort();
    expect(open).toEqual([
      'approaches', 'continuing_care.step_down_to', 'engagement.retention.strategies', 'quality.outcome_measures',
      'services.support_groups.types', 'staffing.clinical_lead.credential', 'staffing.team.credential',
    ]);
  });

  it('gives every field of the document a meaning, from the schema or the terms', () => {
    expect(fieldDocs().filter((f) => f.meaning === '').map((f) => f.path)).toEqual([]);
  });

  it('maps every synonym to words some vocabulary holds, and none to another spelling of itself', () => {
    const allWords = new Set(Object.values(VOCABULARIES).flatMap((v) => Object.keys(v)));
    for (const [written, words] of Object.entries(SYNONYMS)) {
      expect(written, written).toBe(spellingKey(written));
      for (const word of words) {
        expect(allWords.has(word), `${written} -> ${word}`).toBe(true);
        expect(spellingKey(word), `${written} is a spelling of ${word}, no synonym needed`).not.toBe(written);
      }
    }
  });

  it('reads a written form only as a word of the field\'s own vocabulary', () => {
    const approaches = Object.keys(VOCABULARIES.approaches);
    const activities = Object.keys(VOCABULARIES.activities);
    expect(readAs('CBT', approaches)).toBe('cognitive-behavioral-therapy');
    expect(readAs('Cognitive Behavioural Therapy', approaches)).toBe('cognitive-behavioral-therapy');
    expect(readAs('DBT', approaches)).toBe('dialectical-behavior-therapy');
    expect(readAs('DBT', activities)).toBe('dialectical-behavior-therapy-skills');
    expect(readAs('group_counselling', activities)).toBe('group-counseling');
    expect(readAs('PHP', Object.keys(VOCABULARIES.levels))).toBe('partial-hospitalization');
    expect(readAs('lcsw', Object.keys(VOCABULARIES.credentials))).toBe('LCSW');
    // CBT is no activity, and MAT no approach: nothing is read across vocabularies.
    expect(readAs('CBT', activities)).toBeUndefined();
    expect(readAs('MAT', approaches)).toBeUndefined();
    expect(readAs('moral reconation therapy', approaches)).toBeUndefined();
  });
});

describe('the field reference', () => {
  it('names a field\'s type, meaning, values with their meanings, and an example that is valid YAML for the field', () => {
    const text = fieldReference('services.drug_testing.method')!;
    expect(text).toContain('services.drug_testing.method\n  type: a word from the list below\n  How samples are tested.\n  values:\n');
    expect(text).toContain('    sweat-patch  a patch worn continuously that records use while worn (objective)\n');
    expect(text).toMatch(/ {2}example:\n {4}services:\n {6}drug_testing:\n {8}method: urine\n$/);
  });

  it('takes a field however it is written: with list brackets, indices or as a JSON pointer', () => {
    const start = fieldReference('schedule.timetable.start');
    expect(start).toContain('type: time of day, 24-hour "HH:MM" (in quotes) (required)');
    expect(start).toContain('- start: "17:50"');
    expect(fieldReference('schedule.timetable[].start')).toBe(start);
    expect(fieldReference('schedule.timetable[2].start')).toBe(start);
    expect(fieldReference('/schedule/timetable/0/start')).toBe(start);
    expect(fieldReference('services.drug_test.method')).toBeUndefined();
  });

  it('says which lists are open', () => {
    expect(fieldReference('approaches')).toContain('values (open: another term is accepted with a warning, and no rule counts it):');
    expect(fieldReference('services.drug_testing.method')).not.toContain('open:');
  });
});
