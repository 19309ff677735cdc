/**
 * Every number the catalog judges against, in one table. A config file may
 * override any of them; `explain` shows the ones a rule reads. `basis` says
 * whether the figure is written in a source or is a convention the catalog
 * adopts (and so is the first thing a program may reasonably tune).
 */
export interface ThresholdSpec {
  readonly default: number;
  readonly unit: string;
  readonly description: string;
  readonly basis: 'source' | 'convention';
}

export const THRESHOLDS = {
  adult_weekly_hours: {
    default: 9, unit: 'hours/week', basis: 'source',
    description: 'Weekly treatment floor for programs serving adults (ASAM Level 2.1; SAMHSA 2021 Advisory).',
  },
  adolescent_weekly_hours: {
    default: 6, unit: 'hours/week', basis: 'source',
    description: 'Weekly treatment floor for adolescent-only programs (ASAM Level 2.1; SAMHSA 2021 Advisory).',
  },
  partial_hospitalization_day_hours: {
    default: 6, unit: 'hours/day', basis: 'source',
    description: 'A treatment day this long or longer is partial hospitalization (joint committee IOP specifications).',
  },
  partial_hospitalization_week_hours: {
    default: 20, unit: 'hours/week', basis: 'source',
    description: 'This many treatment hours a week or more is partial hospitalization (ASAM Level 2.5).',
  },
  contact_hours_min: {
    default: 6, unit: 'hours/week', basis: 'source',
    description: 'Lower end of the IOP contact-hour range (joint committee IOP specifications).',
  },
  contact_hours_max: {
    default: 30, unit: 'hours/week', basis: 'source',
    description: 'Upper end of the IOP contact-hour range (joint committee IOP specifications).',
  },
  minimum_program_days: {
    default: 90, unit: 'days', basis: 'source',
    description: 'Typical minimum program length (joint committee IOP specifications; NIDA principles).',
  },
  days_to_first_session: {
    default: 7, unit: 'days', basis: 'convention',
    description: 'Longest acceptable typical wait from first contact to first session.',
  },
  plan_review_max_days: {
    default: 90, unit: 'days', basis: 'convention',
    description: 'Longest acceptable interval between treatment-plan reviews.',
  },
  plan_review_recommended_days: {
    default: 30, unit: 'days', basis: 'convention',
    description: 'Plan reviews less often than this draw a warning.',
  },
  drug_tests_per_week: {
    default: 1, unit: 'tests/week', basis: 'convention',
    description: 'Fewest drug tests a week per client.',
  },
  missed_session_outreach_max_hours: {
    default: 48, unit: 'hours', basis: 'convention',
    description: 'Longest acceptable delay before reaching out after a missed session.',
  },
  max_group_size: {
    default: 12, unit: 'clients', basis: 'convention',
    description: 'Groups larger than this draw a warning: too large for each client to take part.',
  },
  quality_review_max_months: {
    default: 12, unit: 'months', basis: 'convention',
    description: 'Longest acceptable interval between reviews of outcome measures.',
  },
} as const satisfies Record<string, ThresholdSpec>;

export type ThresholdName = keyof typeof THRESHOLDS;
export type Thresholds = Record<ThresholdName, number>;

export const DEFAULT_THRESHOLDS: Thresholds = Object.fromEntries(
  Object.entries(THRESHOLDS).map(([name, spec]) => [name, spec.default]),
) as Thresholds;

export function isThresholdName(name: string): name is ThresholdName {
  return Object.hasOwn(THRESHOLDS, name);
}
