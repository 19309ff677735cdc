import type { Level } from '../../domain/program.js';
import { defineRule } from '../define.js';
import { hours } from '../helpers.js';
import { ASAM_LEVEL_2_1, ASAM_LEVEL_2_5 } from '../../domain/sources.js';

const LEVEL_NAMES: Record<Level, string> = {
  'standard-outpatient': 'standard outpatient (ASAM Level 1)',
  'intensive-outpatient': 'intensive outpatient (ASAM Level 2.1)',
  'partial-hospitalization': 'partial hospitalization (ASAM Level 2.5)',
  residential: 'residential',
};

/** The weekly treatment hours a level's schedule delivers (the ASAM bands), for the fix. */
function bandOf(level: Exclude<Level, 'residential'>, floor: number, partialHospitalization: number): string {
  if (level === 'standard-outpatient') return `under ${hours(floor)} treatment hours a week`;
  if (level === 'intensive-outpatient') return `at least ${hours(floor)} and under ${hours(partialHospitalization)} treatment hours a week`;
  return `${hours(partialHospitalization)} treatment hours a week or more`;
}

export default defineRule({
  id: 'SCHED-02',
  alias: 'declared-level',
  standard: 'document',
  implements: ['document:declared-level', 'asam-criteria-3:level-of-care'],
  clause: 'Levels 1, 2.1 and 2.5',
  title: 'The declared level of care matches the schedule',
  severity: 'error',
  sources: [ASAM_LEVEL_2_1, ASAM_LEVEL_2_5],
  rationale:
    'Payers, referrers and clients rely on the level a program claims. A schedule that delivers another level misleads all three and usually fails the standards of the level it claims. The level a schedule implies is read from its weekly treatment hours alone (the ASAM bands), so one long day does not change it.',
  remediation: {
    text: 'Either change the schedule to deliver the declared level, or declare the level the schedule delivers.',
    example: 'program:\n  level_of_care: intensive-outpatient   # 9–19 treatment hours a week (6–19 for adolescents)',
  },
  evidence: ['/program/level_of_care'],
  thresholds: ['adult_weekly_hours', 'adolescent_weekly_hours', 'partial_hospitalization_week_hours'],
  check(program, facts, limits) {
    const declared = program.program.level_of_care;
    if (!declared) {
      return [{
        pointer: '/program/level_of_care',
        message: 'the program does not declare its level_of_care',
        fix: 'Declare the program\'s level of care, for example intensive outpatient (ASAM Level 2.1).',
      }];
    }
    if (facts.impliedLevel === null) {
      return [{
        pointer: '/schedule',
        message: `the schedule gives no treatment hours, so the declared level (${LEVEL_NAMES[declared]}) cannot be confirmed`,
        fix: `Give the weekly treatment hours (a weekly timetable of treatment blocks, or the days a week and hours a day), so that the declared level, ${LEVEL_NAMES[declared]}, can be confirmed.`,
      }];
    }
    if (declared === 'residential' || declared === facts.impliedLevel) return [];
    const figures = `${hours(facts.treatmentHoursPerWeek!)} treatment hours a week`;
    return [{
      pointer: '/program/level_of_care',
      message: `declared ${LEVEL_NAMES[declared]}, but the schedule (${figures}) implies ${LEVEL_NAMES[facts.impliedLevel]}`,
      fix: `Declare ${LEVEL_NAMES[facts.impliedLevel]}, or change the schedule to deliver ${LEVEL_NAMES[declared]}: ${bandOf(declared, facts.weeklyFloor, limits.partial_hospitalization_week_hours)} (now ${hours(facts.treatmentHoursPerWeek!)}).`,
    }];
  },
});
