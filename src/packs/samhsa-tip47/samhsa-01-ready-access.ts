import type { ScheduleFacts } from '../../domain/facts.js';
import type { Program } from '../../domain/program.js';
import type { RawFinding } from '../../core/types.js';
import { ACCEPTABLE_ADMISSION_REQUIREMENTS, AGE_GROUPS, CO_OCCURRING_EXCLUSIONS, IMPOSED_REQUIREMENTS } from '../../domain/vocabulary.js';
import { defineRule } from '../define.js';
import { MEDICARE_CERTIFICATION, convention, tip47 } from '../../domain/sources.js';

/** What a program lists to show who imposes a requirement, by requirement (the vocabulary says when it is imposed). */
const HOW_TO_SHOW_IMPOSED: Readonly<Record<string, string>> = {
  'physician-certification': 'if Medicare pays for this program, list it (program.payers: [medicare])',
  'physician-referral': 'if Medicare pays for this program, list it (program.payers: [medicare])',
  'court-order': 'if this is a court or probation track, add justice-involved to program.populations',
};
/** The same, in words for a reader who does not edit the document. */
const SHOW_IMPOSED_IN_WORDS: Readonly<Record<string, string>> = {
  'physician-certification': 'If Medicare pays for this program, list Medicare among its payers',
  'physician-referral': 'If Medicare pays for this program, list Medicare among its payers',
  'court-order': 'If this is a court or probation track, list justice-involved clients among the people served',
};

/**
 * The hours each age group can come to. Working adults and young adults:
 * evenings or weekends; adolescents: after school or weekends; older adults:
 * any hours (daytime suits many of them). The clock times are ours.
 */
type Fit = 'evening' | 'afterSchool' | 'any';
const FIT_BY_GROUP: Readonly<Record<string, Fit>> = { adults: 'evening', 'young-adults': 'evening', adolescents: 'afterSchool', 'older-adults': 'any' };
const FIT_WORDS: Readonly<Record<Exclude<Fit, 'any'>, string>> = {
  evening: 'evening hours (a weekday block starting at 17:00 or later) or weekend hours',
  afterSchool: 'after-school hours (a weekday block starting at 15:00 or later) or weekend hours',
};

export default defineRule({
  id: 'SAMHSA-01',
  alias: 'ready-access',
  standard: 'samhsa-tip47',
  implements: ['samhsa-tip47:1'],
  clause: 'Principle 1',
  title: 'Treatment is readily available',
  severity: 'error',
  sources: [
    tip47(1),
    MEDICARE_CERTIFICATION,
    convention('"evening" is a weekday block starting at 17:00 or later and "after school" one starting at 15:00 or later; the clock times are the catalog\'s, reading "readily available" as hours the people served can attend (TIP 47\'s text for the principle was not read)'),
  ],
  rationale:
    'A person ready for treatment is often ready only briefly, so every admission condition beyond clinical need and willingness turns some people away, and excluding co-occurring conditions shuts out many of the people IOPs exist for. Conditions a payer or the law sets are not the program\'s choice: Medicare pays for IOP only on a physician\'s certification, and a court track admits on a court order, so these pass when the document lists the payer or the population; otherwise they draw a warning asking for it. Hours are judged against the people served, the catalog\'s reading of treatment that is readily available (TIP 47\'s text for the principle was not read): working adults need evenings or weekends, adolescents after-school or weekend hours, and daytime hours can suit older adults. A program that serves others, or states why its hours fit (schedule.hours_rationale), is not faulted for daytime hours, so an hours mismatch is a warning, never an error; telehealth widens where clients can attend, not when.',
  remediation: {
    text: 'Admit on clinical need and willingness to take part (a physician\'s certification is fine when Medicare pays: list it in program.payers), do not exclude co-occurring conditions, and hold treatment when the people served can come: for adults and young adults a weekday block from 17:00 or a weekend block, for adolescents a weekday block from 15:00 or a weekend block; older adults may be served at any hour. If other hours fit your clients, say why in schedule.hours_rationale.',
    example: 'program:\n  populations: [adults]\n  payers: [medicare, medicaid]\nadmission:\n  requirements: [clinical-need, willingness-to-participate, physician-certification]\nschedule:\n  timetable:\n    - { day: tuesday, start: "17:30", end: "20:30", activities: [group-counseling, relapse-prevention] }',
  },
  evidence: ['/admission/requirements', '/admission/exclusions', '/schedule/timetable', '/schedule/evening_or_weekend_option', '/schedule/hours_rationale', '/program/populations', '/program/payers', '/program/delivery'],
  thresholds: [],
  check(program, facts) {
    const findings: RawFinding[] = [];
    const admission = program.admission;
    const payers = program.program.payers ?? [];
    const populations = program.program.populations ?? [];
    if (!admission?.requirements) {
      findings.push({
        pointer: '/admission/requirements',
        message: 'admission requirements are not stated: list them (clinical-need, willingness-to-participate)',
        fix: 'State the admission requirements: clinical need and willingness to take part, and nothing more.',
      });
    } else {
      admission.requirements.forEach((requirement, i) => {
        if (ACCEPTABLE_ADMISSION_REQUIREMENTS.has(requirement)) return;
        const pointer = `/admission/requirements/${i}`;
        const imposed = IMPOSED_REQUIREMENTS[requirement];
        if (imposed) {
          // Set by a payer or a court, not chosen by the program: fair only when the document says who sets it.
          if (imposed.imposedWhen(payers, populations)) return;
          const how = HOW_TO_SHOW_IMPOSED[requirement] ?? 'list the payer (program.payers) or population (program.populations) that imposes it';
          const show = SHOW_IMPOSED_IN_WORDS[requirement] ?? 'List the payer or the population that imposes it';
          findings.push({
            pointer, severity: 'warning',
            message: `'${requirement}' is an admission barrier unless a payer or the law imposes it: ${how}; otherwise admit on clinical need and willingness to take part`,
            fix: `${show}; otherwise remove '${requirement}' from the admission requirements.`,
          });
          return;
        }
        findings.push({
          pointer,
          message: `'${requirement}' is an admission barrier: admit on clinical need and willingness to take part`,
          fix: `Remove '${requirement}' from the admission requirements; admit on clinical need and willingness to take part.`,
        });
      });
    }
    // receiving-moud is SAMHSA-10's finding (medications): one gap, cited once.
    admission?.exclusions?.forEach((exclusion, i) => {
      if (CO_OCCURRING_EXCLUSIONS.has(exclusion)) {
        findings.push({
          pointer: `/admission/exclusions/${i}`,
          message: `'${exclusion}' excludes clients with co-occurring conditions`,
          fix: `Remove '${exclusion}' from the admission exclusions, and treat co-occurring conditions alongside the disorder the program treats (on site or by referral).`,
        });
      }
    });
    const hours = hoursFinding(program, facts);
    if (hours) findings.push(hours);
    return findings;
  },
});

/** Whether the hours fit every age group served; a warning naming those they do not fit. */
function hoursFinding(program: Program, facts: ScheduleFacts): RawFinding | null {
  const schedule = program.schedule;
  if (schedule?.hours_rationale?.trim()) return null;
  const stated = (program.program.populations ?? []).filter((p) => AGE_GROUPS.has(p));
  const groups = stated.length > 0 ? stated : ['adults'];
  const timetable = facts.source === 'timetable';
  // Without a timetable the flag is taken at its word (evening or weekend hours fit every age group).
  if (!timetable && schedule?.evening_or_weekend_option === true) return null;
  const offered = facts.hoursOffered;
  const fits = (fit: Fit): boolean =>
    fit === 'any' || (timetable && (fit === 'evening' ? facts.eveningOrWeekendBlock !== null : offered.afterSchool !== null));
  const unfit = groups.filter((g) => !fits(FIT_BY_GROUP[g] ?? 'evening'));
  if (unfit.length === 0) return null;

  const who = `${unfit.join(' and ')}${stated.length === 0 ? ' (no age group is stated, so the program is read as serving adults)' : ''}`;
  const needs = (['evening', 'afterSchool'] as const)
    .map((fit) => ({ fit, names: unfit.filter((g) => FIT_BY_GROUP[g] === fit) }))
    .filter((n) => n.names.length > 0)
    .map((n) => `${n.names.join(' and ')} need ${FIT_WORDS[n.fit]}`)
    .join('; ');
  // An evening block (17:00) also fits after-school hours (15:00): ask for the later one when any group needs it.
  const block = unfit.some((g) => FIT_BY_GROUP[g] === 'evening')
    ? 'at least one treatment block starting at 17:00 or later on a weekday, or on a weekend'
    : 'at least one treatment block starting at 15:00 or later on a weekday, or on a weekend';
  const telehealth = program.program.delivery?.includes('telehealth')
    ? ' (telehealth delivery changes where clients attend, not when)'
    : ' (a telehealth session at those hours is one way)';
  if (timetable) {
    const now = offered.daytime === null
      ? 'the timetable has no treatment block'
      : `every treatment block starts on a weekday before ${unfit.some((g) => FIT_BY_GROUP[g] === 'afterSchool') ? '15:00' : '17:00'}`;
    return {
      pointer: '/schedule/timetable',
      severity: 'warning',
      message: `the hours may not fit ${who}: ${now}; ${needs}. Add such a block${telehealth}, or state in schedule.hours_rationale why these hours fit the people served`,
      fix: `Add to the weekly timetable ${block}; or state in the schedule why the current hours fit the people served.`,
    };
  }
  return {
    pointer: '/schedule/evening_or_weekend_option',
    severity: 'warning',
    message: `the hours offered are not shown for ${who}: there is no timetable and evening_or_weekend_option is not true; ${needs}. Add a timetable with such a block${telehealth}, set evening_or_weekend_option: true if evening or weekend hours are offered, or state in schedule.hours_rationale why the hours fit the people served`,
    fix: `Add a weekly timetable with ${block}; or, if evening or weekend hours are already offered, say so in the schedule; or state in the schedule why the hours fit the people served.`,
  };
}
