import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/document/vocab-01-vocabulary-terms.js';
import listedSpelling from '../../../src/packs/document/vocab-02-listed-spelling.js';
import { auditText } from '../../../src/core/engine.js';
import { RULES } from '../../../src/packs/index.js';
import { validateProgram } from '../../../src/core/validate.js';
import type { Program } from '../../../src/domain/program.js';
import { loadYaml } from '../../../src/yaml/load.js';
import { COMPLIANT, lineOf, runRule, withChanges } from '../../support/audit.js';
import { DRAFTED } from '../../support/drafted-program.js';

/** The rule's own findings, with their fix text (the engine's results carry fixes once #15's per-finding fixes land). */
function checked(yaml: string) {
  const loaded = loadYaml(yaml);
  expect(validateProgram(loaded.data, loaded.locator!)).toEqual([]);
  return rule.check(loaded.data as Program, undefined as never, undefined as never);
}

describe('VOCAB-01 vocabulary-terms', () => {
  it('passes a document written in the vocabulary\'s own words', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.findings).toEqual([]);
  });

  it('passes a document whose only other way of writing is an abbreviation read as a listed word (VOCAB-02 notes it)', () => {
    const result = runRule(rule, withChanges({ approaches: ['CBT', 'motivational-interviewing', 'contingency-management', 'relapse-prevention'] }));
    expect(result.status).toBe('pass');
    expect(result.findings).toEqual([]);
  });

  it('warns at each term an open list does not know, and at nothing read as a listed word', () => {
    const result = runRule(rule, DRAFTED);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('warning');
    expect(result.findings.map((f) => [`${f.line}:${f.column}`, f.pointer, f.severity, f.message])).toEqual([
      [`${lineOf(DRAFTED, 'types: [AA, SMART, LifeRing]')}:24`, '/services/support_groups/types/2', 'warning', "'LifeRing' is not in the vocabulary of services.support_groups.types, not counted"],
      [`${lineOf(DRAFTED, 'credential: CASAC')}:19`, '/staffing/team/1/credential', 'warning', "'CASAC' is not in the vocabulary of staffing.team.credential, not counted"],
      [`${lineOf(DRAFTED, 'approaches:')}:23`, '/approaches/2', 'warning', "'moral-reconation-therapy' is not in the vocabulary of approaches, not counted"],
    ]);
    expect(result.findings.some((f) => f.message.includes(' read as '))).toBe(false);
    expect(checked(DRAFTED).find((f) => f.pointer === '/approaches/2')!.fix).toBe("Check whether a listed term means the same as 'moral-reconation-therapy' and write it if so; otherwise keep it, knowing no rule counts it.");
  });

  it('names the closest listed word when one is near', () => {
    const yaml = withChanges({ 'continuing_care.step_down_to': ['standard-outpatient', 'recovery-coachng'] });
    const near = runRule(rule, yaml);
    expect(near.findings.map((f) => [f.line, f.message])).toEqual([[lineOf(yaml, 'recovery-coachng'), "'recovery-coachng' is not in the vocabulary of continuing_care.step_down_to, not counted; closest: 'recovery-coaching'"]]);
    expect(checked(yaml)[0]!.fix).toBe("If 'recovery-coaching' is what is meant, write it; otherwise keep 'recovery-coachng', which no rule counts.");
  });

  it('audits the drafted document instead of refusing it, with every term the rules count read as listed', () => {
    const doc = auditText(DRAFTED, 'northgate.yaml', { rules: RULES, standards: ['samhsa-tip47', 'joint'] });
    expect(doc.verdict).not.toBe('invalid');
    expect(doc.problems).toEqual([]);
    expect(doc.declaredLevel).toBe('intensive-outpatient');
    // Counted from the activities read as listed words: the drug test (UDS) takes half of Thursday's block.
    expect(doc.facts?.treatmentHoursPerWeek).toBe(7.5);
    // SAMHSA-13 counts CBT and MI as the evidence-based approaches they stand for, and nothing for the unlisted one.
    expect(doc.results.find((r) => r.rule === 'SAMHSA-13')?.status).toBe('pass');
  });

  it('never counts an unlisted approach as evidence based', () => {
    const yaml = withChanges({ approaches: ['moral-reconation-therapy', 'art-therapy'] });
    const doc = auditText(yaml, 'p.yaml', { rules: RULES, standards: ['samhsa-tip47'] });
    const samhsa13 = doc.results.find((r) => r.rule === 'SAMHSA-13')!;
    expect(samhsa13.status).toBe('fail');
    expect(samhsa13.message).toContain('none of the named approaches is evidence based');
  });

  it('leaves a closed list closed: an unknown activity is still a schema error, with a did-you-mean', () => {
    const yaml = withChanges({ 'schedule.timetable.0.activities': ['group-counceling', 'psychoeducation'] });
    const doc = auditText(yaml, 'p.yaml', { rules: RULES });
    expect(doc.verdict).toBe('invalid');
    expect(doc.problems.map((p) => p.message)).toEqual(["schedule.timetable[0].activities[0]: 'group-counceling' is not an allowed value; did you mean 'group-counseling'?"]);
  });

  it('reads the same whichever reader takes the document (plain shape, js-yaml, the full reader)', () => {
    const blockScalar = DRAFTED.replace('  name: Northgate Recovery Evening Program', '  name: >-\n    Northgate Recovery\n    Evening Program');
    const anchored = DRAFTED.replace('start: "18:00"', 'start: &evening "18:00"').replace(/start: "18:00"/g, 'start: *evening');
    // Both vocabulary rules, so that terms read as listed words and unlisted terms are both compared.
    const messages = (yaml: string) => [rule, listedSpelling].flatMap((r) => runRule(r, yaml).findings.map((f) => `${f.line}:${f.column} ${f.message}`));
    const plain = messages(DRAFTED);
    expect(plain).toHaveLength(20);
    expect(messages(blockScalar).length).toBe(plain.length);
    expect(messages(anchored).map((m) => m.replace(/^\S+ /, ''))).toEqual(plain.map((m) => m.replace(/^\S+ /, '')));
  });
});
