import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import programSchema from '../schemas/program.schema.json' with { type: 'json' };
import configSchema from '../schemas/config.schema.json' with { type: 'json' };
import { THRESHOLDS } from '../src/domain/thresholds.js';
import { ADJUNCTIVE_ACTIVITIES, CONTRAINDICATED_APPROACHES, CREDENTIAL_KINDS, EVIDENCE_BASED_APPROACHES, OTHER_APPROACHES, TREATMENT_ACTIVITIES } from '../src/domain/vocabulary.js';
import type { SourceRef } from '../src/domain/sources.js';
import { catalogTable, ruleDoc } from '../src/docs/catalog.js';
import { formatDoc } from '../src/docs/format.js';
import { PACKS, RULES } from '../src/packs/index.js';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
/** `npm run docs` sets this to rewrite the generated docs instead of failing on them. */
const update = process.env.UPDATE_DOCS === '1';

describe('the rule catalog', () => {
  it('has unique IDs and aliases in the documented forms', () => {
    const ids = RULES.map((r) => r.id);
    const aliases = RULES.map((r) => r.alias);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^(SAMHSA|JOINT|MCR|SCHED|EVID|VOCAB|DRAFT)-\d{2}$/);
      expect(rule.alias).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('covers all 14 SAMHSA principles, all 13 joint specifications, Medicare\'s IOP conditions and the document checks (schedule and evidence)', () => {
    const ids = RULES.map((r) => r.id);
    const expected = [
      ...Array.from({ length: 14 }, (_, i) => `SAMHSA-${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 13 }, (_, i) => `JOINT-${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 6 }, (_, i) => `MCR-${String(i + 1).padStart(2, '0')}`),
      'SCHED-01', 'SCHED-02', 'SCHED-03', 'SCHED-04', 'EVID-01', 'EVID-02',
      'VOCAB-01', 'VOCAB-02', 'DRAFT-01',
    ];
    expect(ids).toEqual(expected);
  });

  it('gives every rule a citation, rationale, remediation with an example, and evidence', () => {
    for (const rule of RULES) {
      expect(rule.citation.length, rule.id).toBeGreaterThan(20);
      expect(rule.rationale.length, rule.id).toBeGreaterThan(40);
      expect(rule.remediation.text.length, rule.id).toBeGreaterThan(10);
      expect(rule.remediation.example, rule.id).toMatch(/:/);
      expect(rule.evidence.length, rule.id).toBeGreaterThan(0);
      for (const name of rule.thresholds) expect(Object.keys(THRESHOLDS), rule.id).toContain(name);
      if (rule.standard === 'samhsa') expect(rule.sources[0]!.work, rule.id).toMatch(/\(TIP\)[^:]*47/);
    }
  });

  it('gives every rule and threshold a basis, and every primary source a publisher, year, place and words', () => {
    const check = (source: SourceRef, who: string) => {
      expect(['primary', 'secondary', 'convention'], who).toContain(source.basis);
      expect(source.words.length, who).toBeGreaterThan(15);
      if (source.basis === 'primary') {
        // Publisher and title with a year (or a regulation's title and section), and where in it.
        expect(source.work, who).toMatch(/\b(19|20)\d{2}\b|Code of Federal Regulations|National Patient Safety Goal/);
        expect(source.at?.length ?? 0, who).toBeGreaterThan(2);
      }
      if (source.basis === 'secondary') expect(source.work, who).toMatch(/reported|account/);
    };
    for (const rule of RULES) {
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      expect(rule.basis, rule.id).toBe(rule.sources[0]!.basis);
      expect(rule.citation, rule.id).toContain(`[${rule.basis}]`);
      for (const source of rule.sources) check(source, rule.id);
    }
    for (const [name, spec] of Object.entries(THRESHOLDS)) check(spec.source, name);
  });

  it('labels the joint committee\'s IOP figures as known from a secondary account, never as primary', () => {
    for (const name of ['partial_hospitalization_day_hours', 'contact_hours_min', 'contact_hours_max', 'minimum_program_days'] as const) {
      expect(THRESHOLDS[name].source.basis, name).toBe('secondary');
    }
    for (const id of ['JOINT-03', 'JOINT-10', 'JOINT-11', 'JOINT-12', 'JOINT-13']) {
      expect(RULES.find((r) => r.id === id)!.basis, id).toBe('secondary');
    }
  });

  it('has a rule file in its pack\'s folder and a test file at the parallel path, for every rule', () => {
    const folders = readdirSync(root('src/packs'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const ruleFiles = folders.flatMap((folder) => readdirSync(root(`src/packs/${folder}`)).filter((f) => /^[a-z]+-\d{2}-/.test(f)).map((f) => `${folder}/${f}`));
    expect(ruleFiles).toHaveLength(RULES.length);
    for (const rule of RULES) {
      const path = `${rule.standard}/${rule.id.toLowerCase()}-${rule.alias}`;
      expect(ruleFiles, rule.id).toContain(`${path}.ts`);
      expect(existsSync(root(`tests/packs/${path}.test.ts`)), `tests/packs/${path}.test.ts`).toBe(true);
    }
  });

  it('keys every rule to requirements of known packs, and has every built-in requirement audited', () => {
    const keys = new Set(PACKS.flatMap((p) => p.requirements.map((q) => `${p.id}:${q.clause}`)));
    for (const rule of RULES) {
      expect(rule.implements.length, rule.id).toBeGreaterThan(0);
      for (const key of rule.implements) expect(keys.has(key), `${rule.id} implements ${key}`).toBe(true);
      expect(rule.implements[0]!.startsWith(`${rule.standard}:`), `${rule.id}'s first requirement is its own pack's`).toBe(true);
    }
    for (const key of keys) expect(RULES.some((r) => r.implements.includes(key)), key).toBe(true);
  });
});

describe('vocabularies', () => {
  const schema = programSchema as any;
  it('classifies every timetable activity as treatment or adjunctive, never both', () => {
    const activities: string[] = schema.properties.schedule.properties.timetable.items.properties.activities.items.enum;
    expect([...TREATMENT_ACTIVITIES, ...ADJUNCTIVE_ACTIVITIES].sort()).toEqual([...activities].sort());
  });

  it('classifies every approach the schema accepts', () => {
    // An open list: its words are the enum of its first branch.
    const approaches: string[] = schema.properties.approaches.items.anyOf[0].enum;
    expect([...EVIDENCE_BASED_APPROACHES, ...OTHER_APPROACHES, ...CONTRAINDICATED_APPROACHES].sort()).toEqual([...approaches].sort());
  });

  it('classifies every credential the schema accepts, in one table', () => {
    const credentials: string[] = schema.properties.staffing.properties.clinical_lead.properties.credential.anyOf[0].enum;
    expect(Object.keys(CREDENTIAL_KINDS).sort()).toEqual([...credentials].sort());
  });

  it('reads every field of the program document in a rule, the facts or a report', () => {
    // Descriptive fields no verdict rests on, each with why it stays.
    const descriptive: Record<string, string> = { name: 'shown in every report', provider: 'names the organisation in reports', count: 'staffing size, context for a reader',
      effective: 'dates a source document in reports', version: 'names a source document\'s revision in reports' };
    const folders = readdirSync(root('src/packs'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const code = ['src/domain/facts.ts', ...folders.flatMap((folder) => readdirSync(root(`src/packs/${folder}`)).map((f) => `src/packs/${folder}/${f}`))]
      .map((f) => readFileSync(root(f), 'utf8')).join('\n');
    const unread: string[] = [];
    const walk = (node: any, path: string) => {
      const properties = node.type === 'array' ? node.items?.properties : node.properties;
      // A timetable block's minutes are keyed by activity and read as a whole by the facts.
      if (!properties || path.endsWith('/minutes')) {
        const key = path.split('/').pop()!;
        if (!(key in descriptive) && !new RegExp(`[.'\`]${key}\\b|\\b${key}[?]?:`).test(code)) unread.push(path);
        return;
      }
      for (const [key, child] of Object.entries(properties)) walk(child, `${path}/${key}`);
    };
    for (const [key, child] of Object.entries(schema.properties)) if (key !== 'version') walk(child, `/${key}`);
    expect(unread).toEqual([]);
  });

  it('lets the config override exactly the catalog thresholds', () => {
    expect(Object.keys((configSchema as any).properties.thresholds.properties).sort()).toEqual(Object.keys(THRESHOLDS).sort());
  });
});

describe('generated documentation', () => {
  it('README rule table matches the rule metadata (run `npm run docs` to refresh)', () => {
    const readme = readFileSync(root('README.md'), 'utf8');
    const start = '<!-- rules:start -->';
    const end = '<!-- rules:end -->';
    expect(readme).toContain(start);
    const fresh = `${start}\n${catalogTable(RULES)}\n${end}`;
    const current = readme.slice(readme.indexOf(start), readme.indexOf(end) + end.length);
    if (update && current !== fresh) writeFileSync(root('README.md'), readme.replace(current, fresh));
    else expect(current).toBe(fresh);
  });

  it('docs/rules/<ID>.md match the rule metadata (run `npm run docs` to refresh)', () => {
    for (const rule of RULES) {
      const path = root(`docs/rules/${rule.id}.md`);
      const fresh = ruleDoc(rule);
      if (update) {
        if (!existsSync(path) || readFileSync(path, 'utf8') !== fresh) writeFileSync(path, fresh);
      } else {
        expect(existsSync(path), path).toBe(true);
        expect(readFileSync(path, 'utf8'), path).toBe(fresh);
      }
    }
    expect(readdirSync(root('docs/rules')).sort()).toEqual(RULES.map((r) => `${r.id}.md`).sort());
  });

  it('docs/format.md matches the schema and the vocabularies (run `npm run docs` to refresh)', () => {
    const path = root('docs/format.md');
    const fresh = formatDoc();
    if (update) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== fresh) writeFileSync(path, fresh);
    } else {
      expect(existsSync(path), path).toBe(true);
      expect(readFileSync(path, 'utf8'), path).toBe(fresh);
    }
  });
});
