import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/document/draft-01-placeholders-filled.js';
import { auditText, validateText } from '../../../src/core/engine.js';
import { template } from '../../../src/init/template.js';
import { RULES } from '../../../src/packs/index.js';
import { COMPLIANT, lineOf, runRule, withChanges } from '../../support/audit.js';

describe('DRAFT-01 placeholders-filled', () => {
  it('passes a document with every value filled in', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('passes');
  });

  it('fails the template as init writes it, at each placeholder, and the whole audit with it', () => {
    const yaml = template('../schemas/program.schema.json');
    const result = runRule(rule, yaml);
    expect(result.status).toBe('fail');
    expect(result.severity).toBe('error');
    expect(result.findings.map((f) => [f.pointer, f.line, f.message])).toEqual([
      ['/program/name', lineOf(yaml, 'name: <program name>'), "placeholder left unfilled: program.name is '<program name>'"],
      ['/program/provider', lineOf(yaml, 'provider: <'), "placeholder left unfilled: program.provider is '<organisation that runs it>'"],
      ['/services/medical/partner', lineOf(yaml, 'medical: {'), "placeholder left unfilled: services.medical.partner is '<primary care partner>'"],
      ['/services/medications/partner', lineOf(yaml, 'medications: {'), "placeholder left unfilled: services.medications.partner is '<addiction medicine partner>'"],
    ]);
    expect(result.findings[0]!.column).toBe(yaml.split('\n')[lineOf(yaml, 'name: <program name>') - 1]!.indexOf('<') + 1);
    expect(auditText(yaml, 'program.yaml', { rules: RULES }).verdict).toBe('fail');
    // The schema has nothing against a placeholder in free text: validate alone still says valid.
    expect(validateText(yaml, 'program.yaml').verdict).toBe('pass');
  });

  it('finds TODO and TBD left in free text, in lists and in list items', () => {
    const yaml = withChanges({
      'schedule.hours_rationale': 'TODO: explain why daytime hours fit retirees',
      'admission.assessment.instruments': ['ASAM six-dimension assessment', 'TBD'],
      'staffing.clinical_lead': { role: 'clinical-director', credential: 'LCSW' },
      'services.medical': { provided: 'referral', partner: '<partner clinic>' },
    });
    const result = runRule(rule, yaml);
    expect(result.findings.map((f) => f.message)).toEqual([
      "placeholder left unfilled: schedule.hours_rationale is 'TODO: explain why daytime hours fit retirees'",
      "placeholder left unfilled: admission.assessment.instruments is 'TBD'",
      "placeholder left unfilled: services.medical.partner is '<partner clinic>'",
    ]);
    expect(result.findings[1]!.pointer).toBe('/admission/assessment/instruments/1');
  });

  it('takes no ordinary text for a placeholder: a name with angle brackets inside, "to do" in prose, a lowercase tbd', () => {
    const yaml = withChanges({
      'program.name': 'Riverside <Evening> IOP',
      'schedule.hours_rationale': 'Mornings are what there is to do for clients who work nights; tbd by the board yearly',
      'admission.assessment.instruments': ['PHQ-9', 'AUDIT <10 min>'],
    });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('says "placeholder left unfilled" in the schema message when one is left where a listed word belongs', () => {
    const yaml = withChanges({ 'program.level_of_care': '<level of care>' });
    const doc = auditText(yaml, 'p.yaml', { rules: RULES });
    expect(doc.verdict).toBe('invalid');
    expect(doc.problems.map((p) => [p.line, p.message])).toEqual([[
      lineOf(yaml, 'level_of_care:'),
      "program.level_of_care: placeholder left unfilled ('<level of care>'): write one of: standard-outpatient, intensive-outpatient, partial-hospitalization, residential",
    ]]);
  });
});
