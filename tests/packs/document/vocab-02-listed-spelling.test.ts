import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/document/vocab-02-listed-spelling.js';
import { auditText } from '../../../src/core/engine.js';
import { RULES } from '../../../src/packs/index.js';
import { validateProgram } from '../../../src/core/validate.js';
import type { Program } from '../../../src/domain/program.js';
import { loadYaml } from '../../../src/yaml/load.js';
import { COMPLIANT, lineOf, runRule, withChanges } from '../../support/audit.js';
import { DRAFTED } from '../../support/drafted-program.js';

/** The rule's own findings, with their fix text. */
function checked(yaml: string) {
  const loaded = loadYaml(yaml);
  expect(validateProgram(loaded.data, loaded.locator!)).toEqual([]);
  return rule.check(loaded.data as Program, undefined as never, undefined as never);
}

/** The compliant example with its first approach written as the abbreviation a director would write. */
const CBT_ONLY = withChanges({ approaches: ['CBT', 'motivational-interviewing', 'contingency-management', 'relapse-prevention'] });

describe('VOCAB-02 listed-spelling', () => {
  it('passes a document written in the vocabulary\'s own words', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.findings).toEqual([]);
  });

  it('passes a document whose only unusual term is one no list knows (VOCAB-01 reports it)', () => {
    const result = runRule(rule, withChanges({ 'services.support_groups.types': ['12-step', 'LifeRing'] }));
    expect(result.status).toBe('pass');
    expect(result.findings).toEqual([]);
  });

  it('notes an abbreviation read as the listed word, at info, at its value, with the word to write', () => {
    const result = runRule(rule, CBT_ONLY);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('info');
    expect(result.findings.map((f) => [`${f.line}:${f.column}`, f.pointer, f.severity, f.message])).toEqual([
      [`${lineOf(CBT_ONLY, '- CBT')}:5`, '/approaches/0', 'info', "'CBT' read as 'cognitive-behavioral-therapy' (approaches)"],
    ]);
    expect(checked(CBT_ONLY).map((f) => f.fix)).toEqual(["Write 'cognitive-behavioral-therapy' instead of 'CBT'."]);
  });

  it('reads abbreviations, capitals and British spellings as the listed word, each noted at its value', () => {
    const result = runRule(rule, DRAFTED);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('info');
    expect(result.findings.map((f) => f.message)).toEqual([
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
    expect(result.findings.every((f) => f.severity === 'info')).toBe(true);
    const ioP = result.findings[0]!;
    expect([ioP.pointer, ioP.line, ioP.column]).toEqual(['/program/level_of_care', lineOf(DRAFTED, 'level_of_care: IOP'), 18]);
    const counselling = result.findings.find((f) => f.message.startsWith("'Group Counselling'"))!;
    expect([counselling.pointer, counselling.line, counselling.column]).toEqual(['/schedule/timetable/0/activities/0', lineOf(DRAFTED, '[Group Counselling'), 20]);
  });

  it('never fails a document on its own, and fails one whose team raised it to a warning and gates on warnings', () => {
    const byDefault = auditText(CBT_ONLY, 'p.yaml', { rules: RULES, failOn: 'warning' });
    expect(byDefault.results.find((r) => r.rule === 'VOCAB-02')?.severity).toBe('info');
    expect(byDefault.verdict).toBe('pass');
    const raised = auditText(CBT_ONLY, 'p.yaml', { rules: RULES, severities: { 'VOCAB-02': 'warning' }, failOn: 'warning' });
    const note = raised.results.find((r) => r.rule === 'VOCAB-02')!;
    expect([note.status, note.severity, note.findings[0]!.severity]).toEqual(['fail', 'warning', 'warning']);
    expect(raised.verdict).toBe('fail');
  });
});
