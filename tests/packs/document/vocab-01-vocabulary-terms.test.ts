import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/document/vocab-01-vocabulary-terms.js';
import { auditText } from '../../../src/core/engine.js';
import { RULES } from '../../../src/packs/index.js';
import { validateProgram } from '../../../src/core/validate.js';
import type { Program } from '../../../src/domain/program.js';
import { loadYaml } from '../../../src/yaml/load.js';
import { COMPLIANT, lineOf, runRule, withChanges } from '../../support/audit.js';

/** The rule's own findings, with their fix text (the engine's results carry fixes once #15's per-finding fixes land). */
function checked(yaml: string) {
  const loaded = loadYaml(yaml);
  expect(validateProgram(loaded.data, loaded.locator!)).toEqual([]);
  return rule.check(loaded.data as Program, undefined as never, undefined as never);
}

/** A program as a clinical director drafts it: abbreviations, capitals, British spelling, a therapy the vocabulary does not list. */
const DRAFTED = `version: 1
program:
  name: Northgate Recovery Evening Program
  provider: Northgate Community Health
  level_of_care: IOP                 # ASAM 2.1
  populations: [Adults]
  focus: [SUD]
schedule:
  timetable:
    - day: Monday
      start: "18:00"
      end: "21:00"
      activities: [Group Counselling, Psychoeducation]
    - day: wednesday
      start: "18:00"
      end: "21:00"
      activities: [DBT, relapse prevention]
    - day: thursday
      start: "18:00"
      end: "21:00"
      activities: [individual counseling, UDS]
services:
  medications:
    provided: referral
    partner: Lakeside Addiction Medicine
    includes: [MAT, aud-medications]
  support_groups:
    expectation: encouraged
    types: [AA, SMART, LifeRing]
staffing:
  clinical_lead:
    role: clinical-director
    credential: LCSW
  team:
    - role: counselor
      credential: Ph.D.
      licensed: true
    - role: counselor
      credential: CASAC
approaches: [CBT, MI, moral-reconation-therapy, Motivational Enhancement]
`;

describe('VOCAB-01 vocabulary-terms', () => {
  it('passes a document written in the vocabulary\'s own words', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.findings).toEqual([]);
  });

  it('reads abbreviations, capitals and British spellings as the listed word, each with a warning at its value', () => {
    const result = runRule(rule, DRAFTED);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('warning');
    const read = result.findings.filter((f) => f.message.includes(' read as '));
    expect(read.map((f) => f.message)).toEqual([
      "'IOP' read as 'intensive-outpatient' (program.level_of_care)",
      "'Adults' read as 'adults' (program.populations)",
      "'SUD' read as 'substance-use' (program.focus)",
      "'Monday' read as 'monday' (schedule.timetable.day)",
      "'Group Counselling' read as 'group-counseling' (schedule.timetable.activities)",
      "'Psychoeducation' read as 'psychoeducation' (schedule.timetable.activities)",
      // In a timetable DBT is the skills group; among approaches it would be the therapy.
      "'DBT' read as 'dialectical-behavior-therapy-skills' (schedule.timetable.activities)",
      "'relapse prevention' read as 'relapse-prevention' (schedule.timetable.activities)",
      "'individual counseling' read as 'individual-counseling' (schedule.timetable.activities)",
      "'UDS' read as 'drug-testing' (schedule.timetable.activities)",
      "'MAT' read as 'moud' (services.medications.includes)",
      "'AA' read as '12-step' (services.support_groups.types)",
      "'SMART' read as 'smart-recovery' (services.support_groups.types)",
      "'Ph.D.' read as 'PhD' (staffing.team.credential)",
      "'CBT' read as 'cognitive-behavioral-therapy' (approaches)",
      "'MI' read as 'motivational-interviewing' (approaches)",
      "'Motivational Enhancement' read as 'motivational-enhancement-therapy' (approaches)",
    ]);
    expect(read.every((f) => f.severity === 'warning')).toBe(true);
    const ioP = read[0]!;
    expect([ioP.pointer, ioP.line, ioP.column]).toEqual(['/program/level_of_care', lineOf(DRAFTED, 'level_of_care: IOP'), 18]);
    const cbt = read.find((f) => f.message.startsWith("'CBT'"))!;
    expect([cbt.pointer, cbt.line, cbt.column]).toEqual(['/approaches/0', lineOf(DRAFTED, 'approaches:'), 14]);
  });

  it('keeps an unlisted term of an open list with a warning, naming the closest listed word when one is near', () => {
    const near = runRule(rule, withChanges({ 'continuing_care.step_down_to': ['standard-outpatient', 'recovery-coachng'] }));
    expect(near.findings.map((f) => f.message)).toEqual(["'recovery-coachng' is not in the vocabulary of continuing_care.step_down_to, not counted; closest: 'recovery-coaching'"]);
    expect(checked(withChanges({ 'continuing_care.step_down_to': ['standard-outpatient', 'recovery-coachng'] }))[0]!.fix)
      .toBe("If 'recovery-coaching' is what is meant, write it; otherwise keep 'recovery-coachng', which no rule counts.");

    const result = runRule(rule, DRAFTED);
    const unlisted = result.findings.filter((f) => f.message.includes('not in the vocabulary'));
    expect(unlisted.map((f) => [f.pointer, f.message])).toEqual([
      ['/services/support_groups/types/2', "'LifeRing' is not in the vocabulary of services.support_groups.types, not counted"],
      ['/staffing/team/1/credential', "'CASAC' is not in the vocabulary of staffing.team.credential, not counted"],
      ['/approaches/2', "'moral-reconation-therapy' is not in the vocabulary of approaches, not counted"],
    ]);
    expect(checked(DRAFTED).find((f) => f.pointer === '/approaches/2')!.fix).toBe("Check whether a listed term means the same as 'moral-reconation-therapy' and write it if so; otherwise keep it, knowing no rule counts it.");
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
    const messages = (yaml: string) => runRule(rule, yaml).findings.map((f) => `${f.line}:${f.column} ${f.message}`);
    const plain = messages(DRAFTED);
    expect(messages(blockScalar).length).toBe(plain.length);
    expect(messages(anchored).map((m) => m.replace(/^\S+ /, ''))).toEqual(plain.map((m) => m.replace(/^\S+ /, '')));
  });
});
