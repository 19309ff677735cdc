import {
  ASAM_LEVEL_2_5, SAMHSA_ADVISORY_2021, convention, jointCommitteeAsReported,
  type SourceRef,
} from './sources.js';

/**
 * Every number the catalog judges against, in one table. A config file may
 * override any of them; `explain` shows the ones a rule reads. `source` says
 * where the figure comes from and on what basis: written in a primary source,
 * known only from a secondary account, or a convention the catalog adopts (and
 * so the first thing a program may reasonably tune).
 */
export interface ThresholdSpec {
  readonly default: number;
  readonly unit: string;
  readonly description: string;
  readonly source: SourceRef;
}

export const THRESHOLDS = {
  adult_weekly_hours: {
    default: 9, unit: 'hours/week', source: SAMHSA_ADVISORY_2021,
    description: 'Weekly treatment floor for adults, young adults and older adults (ASAM Level 2.1; SAMHSA 2021 Advisory).',
  },
  adolescent_weekly_hours: {
    default: 6, unit: 'hours/week', source: SAMHSA_ADVISORY_2021,
    description: 'Weekly treatment floor for adolescents; a program serving other age groups too must meet their floor as well (ASAM Level 2.1; SAMHSA 2021 Advisory).',
  },
  partial_hospitalization_day_hours: {
    default: 6, unit: 'hours/day', source: jointCommitteeAsReported('programs that schedule daily treatment of six hours a day or more are partial hospitalization'),
    description: 'Treatment days this long or longer, every day of the week, read as partial hospitalization (a warning); one such day is only noted.',
  },
  partial_hospitalization_week_hours: {
    default: 20, unit: 'hours/week', source: ASAM_LEVEL_2_5,
    description: 'This many treatment hours a week or more is partial hospitalization (ASAM Level 2.5).',
  },
  contact_hours_min: {
    default: 6, unit: 'hours/week', source: jointCommitteeAsReported('IOP contact hours typically range from 6 to 30 a week'),
    description: 'Lower end of the typical IOP contact-hour range (an info note only).',
  },
  contact_hours_max: {
    default: 30, unit: 'hours/week', source: jointCommitteeAsReported('IOP contact hours typically range from 6 to 30 a week'),
    description: 'Upper end of the typical IOP contact-hour range (an info note only).',
  },
  minimum_program_days: {
    default: 90, unit: 'days', source: jointCommitteeAsReported('IOPs typically last at least 90 days, some longer and some shorter'),
    description: 'Typical minimum program length (an info note only; individualized lengths with continued-stay review pass).',
  },
  days_to_first_session: {
    default: 7, unit: 'days', source: convention('a week is the longest wait the catalog reads as quick entry (TIP 47\'s principle of quick, easy entry, read as its heading only); not a TIP 47 figure'),
    description: 'Longest acceptable typical wait from first contact to first session.',
  },
  plan_review_max_days: {
    default: 90, unit: 'days', source: convention('a plan is revised as needs change; 90 days is the longest interval between reviews the catalog accepts, not a TIP 47 figure'),
    description: 'Longest acceptable interval between treatment-plan reviews.',
  },
  plan_review_recommended_days: {
    default: 30, unit: 'days', source: convention('monthly review suits a program of a few months; less often draws a warning'),
    description: 'Plan reviews less often than this draw a warning.',
  },
  drug_tests_per_week: {
    default: 1, unit: 'tests/week', source: convention('weekly testing is the least that shows use week by week'),
    description: 'Fewest drug tests a week per client.',
  },
  missed_session_outreach_max_hours: {
    default: 48, unit: 'hours', source: convention('reaching out within two days keeps a missed session from becoming a dropout; not a TIP 47 figure'),
    description: 'Longest acceptable delay before reaching out after a missed session.',
  },
  max_group_size: {
    default: 12, unit: 'clients', source: convention('a group larger than about 12 leaves little time for each client; not a TIP 47 figure'),
    description: 'Groups larger than this draw a warning: too large for each client to take part.',
  },
  quality_review_max_months: {
    default: 12, unit: 'months', source: convention('outcomes reviewed at least yearly'),
    description: 'Longest acceptable interval between reviews of outcome measures.',
  },
  assessment_update_days: {
    default: 7, unit: 'days', source: convention('an assessment made at the referring level of care is current enough when it is reviewed and updated within the first week after transfer'),
    description: 'Longest time after a transfer for updating an assessment made at the referring level of care.',
  },
} as const satisfies Record<string, ThresholdSpec>;

export type ThresholdName = keyof typeof THRESHOLDS;
export type Thresholds = Record<ThresholdName, number>;

/** What rules judge against: the thresholds, and which certifications qualify a clinical lead. */
export interface Limits extends Thresholds {
  readonly qualifying_certifications: ReadonlySet<string>;
}

/**
 * State addiction-counselor certifications that many states accept for clinical
 * supervision of a program; states decide, so a config may replace the list.
 */
export const DEFAULT_QUALIFYING_CERTIFICATIONS: readonly string[] = ['CADC', 'CAADC', 'CAC', 'CCS', 'MAC'];

export const DEFAULT_THRESHOLDS: Thresholds = Object.fromEntries(
  Object.entries(THRESHOLDS).map(([name, spec]) => [name, spec.default]),
) as Thresholds;
