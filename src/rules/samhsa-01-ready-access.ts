import { ACCEPTABLE_ADMISSION_REQUIREMENTS, CO_OCCURRING_EXCLUSIONS } from '../core/vocabulary.js';
import type { RawFinding } from '../core/types.js';
import { defineRule } from './define.js';
import { tip47 } from './sources.js';

export default defineRule({
  id: 'SAMHSA-01',
  alias: 'ready-access',
  standard: 'samhsa',
  clause: 'Principle 1',
  title: 'Treatment is readily available',
  severity: 'error',
  citation: tip47(1, 'Make treatment readily available'),
  rationale:
    'A person ready for treatment is often ready only briefly: every admission condition beyond clinical need and willingness turns some of them away. Evening or weekend hours let people keep jobs and care for families while they attend, and excluding co-occurring conditions shuts out many of the people IOPs exist for.',
  remediation: {
    text: 'Admit on clinical need and willingness alone, do not exclude co-occurring conditions, and offer at least one evening or weekend option.',
    example: 'admission:\n  requirements: [clinical-need, willingness-to-participate]\nschedule:\n  evening_or_weekend_option: true',
  },
  evidence: ['/admission/requirements', '/admission/exclusions', '/schedule/evening_or_weekend_option'],
  thresholds: [],
  check(program, facts) {
    const findings: RawFinding[] = [];
    const admission = program.admission;
    if (!admission?.requirements) {
      findings.push({ pointer: '/admission/requirements', message: 'admission requirements are not stated: list them (clinical-need, willingness-to-participate)' });
    } else {
      admission.requirements.forEach((requirement, i) => {
        if (!ACCEPTABLE_ADMISSION_REQUIREMENTS.has(requirement)) {
          findings.push({ pointer: `/admission/requirements/${i}`, message: `'${requirement}' is an admission barrier: admit on clinical need and willingness to take part` });
        }
      });
    }
    admission?.exclusions?.forEach((exclusion, i) => {
      if (CO_OCCURRING_EXCLUSIONS.has(exclusion)) {
        findings.push({ pointer: `/admission/exclusions/${i}`, message: `'${exclusion}' excludes clients with co-occurring conditions` });
      }
    });
    if (program.schedule?.evening_or_weekend_option !== true && facts.eveningOrWeekendBlock === null) {
      findings.push({ pointer: '/schedule/evening_or_weekend_option', message: 'no evening or weekend option: no treatment block starts at 17:00 or later or falls on a weekend, and evening_or_weekend_option is not true' });
    }
    return findings;
  },
});
