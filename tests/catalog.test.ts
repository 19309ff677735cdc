import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import programSchema from '../schemas/program.schema.json' with { type: 'json' };
import configSchema from '../schemas/config.schema.json' with { type: 'json' };
import { THRESHOLDS } from '../src/core/thresholds.js';
import { ADJUNCTIVE_ACTIVITIES, EVIDENCE_BASED_APPROACHES, OTHER_APPROACHES, TREATMENT_ACTIVITIES } from '../src/core/vocabulary.js';
import { catalogTable, ruleDoc } from '../src/docs/catalog.js';
import { RULES } from '../src/rules/index.js';

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
      expect(rule.id).toMatch(/^(SAMHSA|JOINT|SCHED)-\d{2}$/);
      expect(rule.alias).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('covers all 14 SAMHSA principles, all 13 joint specifications and both schedule checks', () => {
    const ids = RULES.map((r) => r.id);
    const expected = [
      ...Array.from({ length: 14 }, (_, i) => `SAMHSA-${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 13 }, (_, i) => `JOINT-${String(i + 1).padStart(2, '0')}`),
      'SCHED-01', 'SCHED-02',
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
      if (rule.standard === 'samhsa') expect(rule.citation, rule.id).toMatch(/TIP 47/);
    }
  });

  it('has a rule file and a test file for every rule, at parallel paths', () => {
    const ruleFiles = readdirSync(root('src/rules')).filter((f) => /^(samhsa|joint|sched)-\d{2}-/.test(f));
    expect(ruleFiles).toHaveLength(RULES.length);
    for (const rule of RULES) {
      const name = `${rule.id.toLowerCase()}-${rule.alias}`;
      expect(ruleFiles, rule.id).toContain(`${name}.ts`);
      expect(existsSync(root(`tests/rules/${name}.test.ts`)), `tests/rules/${name}.test.ts`).toBe(true);
    }
  });
});

describe('vocabularies', () => {
  const schema = programSchema as any;
  it('classifies every timetable activity as treatment or adjunctive, never both', () => {
    const activities: string[] = schema.properties.schedule.properties.timetable.items.properties.activities.items.enum;
    expect([...TREATMENT_ACTIVITIES, ...ADJUNCTIVE_ACTIVITIES].sort()).toEqual([...activities].sort());
  });

  it('classifies every approach the schema accepts', () => {
    const approaches: string[] = schema.properties.approaches.items.enum;
    expect([...EVIDENCE_BASED_APPROACHES, ...OTHER_APPROACHES].sort()).toEqual([...approaches].sort());
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
});
