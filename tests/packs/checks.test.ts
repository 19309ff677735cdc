import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/core/engine.js';
import { fixFor, lookedAtInWords } from '../../src/packs/checks.js';
import { parsePack } from '../../src/packs/user-pack.js';

describe('the fix a closed check of a YAML pack generates', () => {
  it('names what is looked at in words, never as a pointer or a key', () => {
    expect(lookedAtInWords({ pointer: '/services/drug_testing/per_week' })).toBe('drug testing per week');
    expect(lookedAtInWords({ pointer: '/admission/exclusions/2' })).toBe('admission exclusions');
    expect(lookedAtInWords({ pointer: '/approaches' })).toBe('approaches');
    expect(lookedAtInWords({ fact: 'treatment_hours_per_week' })).toBe('weekly treatment hours');
    expect(lookedAtInWords({ fact: 'program_length_days' })).toBe('program length in days');
  });

  it('says what to set, with the number the check asks for and the value now', () => {
    const field = 'drug testing per week';
    expect(fixFor({ at_least: 2 }, field, 1)).toBe('Set the drug testing per week to at least 2 (now 1).');
    expect(fixFor({ at_least: 2 }, field, undefined)).toBe('State the drug testing per week: at least 2.');
    expect(fixFor({ at_most: 10 }, 'group counseling max group size', 14)).toBe('Set the group counseling max group size to at most 10 (now 14).');
    expect(fixFor({ between: [30, 60] }, 'program length in days', 84)).toBe('Set the program length in days to between 30 and 60 (now 84).');
    expect(fixFor({ equals: true }, 'suicide screening validated', false)).toBe('Set the suicide screening validated to yes (now no).');
    expect(fixFor({ one_of: ['random'] }, 'drug testing schedule', 'scheduled')).toBe('Set the drug testing schedule to one of random (now scheduled).');
    expect(fixFor({ not_one_of: ['none'] }, 'assessment timing', 'none')).toBe("Change the assessment timing from 'none', which is not accepted.");
    expect(fixFor({ not_one_of: ['court-order', 'employment'] }, 'admission requirements', ['clinical-need', 'employment']))
      .toBe('Remove employment from the admission requirements.');
    expect(fixFor({ includes: 'telehealth' }, 'program delivery', ['in-person'])).toBe('Add telehealth to the program delivery.');
    expect(fixFor({ excludes: 'receiving-moud' }, 'admission exclusions', ['receiving-moud'])).toBe('Remove receiving-moud from the admission exclusions.');
    expect(fixFor({ count_at_least: 3 }, 'quality outcome measures', ['retention'])).toBe('List at least 3 item(s) in the quality outcome measures (now 1).');
    expect(fixFor({ present: true }, 'suicide screening instrument', undefined)).toBe('State the suicide screening instrument.');
  });

  it('travels with a pack rule\'s findings, beside its own message and general remediation', () => {
    const file = 'packs/example-org-policy.yaml';
    const { pack, rules } = parsePack(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), file);
    const text = readFileSync(new URL('../../examples/summit-day-program.yaml', import.meta.url), 'utf8');
    const doc = auditText(text, 'examples/summit-day-program.yaml', { rules, standards: [pack.id] });
    const groups = doc.results.find((r) => r.rule === 'NBH-01')!;
    expect(groups.status).toBe('fail');
    expect(groups.findings[0]!.fix).toBe('Set the group counseling max group size to at most 10 (now 12).');
    expect(groups.findings[0]!.fix).not.toBe(rules.find((r) => r.id === 'NBH-01')!.remediation.text);
  });
});
