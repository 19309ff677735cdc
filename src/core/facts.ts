import type { Day, Level, Program } from './program.js';
import type { Thresholds } from './thresholds.js';
import { minutesOf } from './validate.js';
import { ADJUNCTIVE_ACTIVITIES, TREATMENT_ACTIVITIES } from './vocabulary.js';

/**
 * The schedule arithmetic, done once per document. Rules read these figures;
 * none recomputes them. Times are summed in minutes and only rounded for display.
 */
export interface ScheduleFacts {
  /** Where the weekly figures come from: the timetable wins when both are given. */
  source: 'timetable' | 'summary' | 'none';
  treatmentHoursPerWeek: number | null;
  /** Scheduled adjunctive time (mutual-support meetings, recreation…), never counted as treatment. */
  adjunctiveHoursPerWeek: number;
  longestDayHours: number | null;
  longestDay: Day | null;
  daysPerWeek: number | null;
  /** The weekly floor for the populations served (adults 9, adolescent-only 6, by default). */
  weeklyFloor: number;
  impliedLevel: Level | null;
  /** The stated summary, when given. */
  summary: { daysPerWeek: number; hoursPerDay: number; hoursPerWeek: number } | null;
  /** Whether summary and timetable agree; null unless both are given. */
  consistent: boolean | null;
  /** Indexes of timetable blocks that mix treatment and adjunctive activities. */
  mixedBlocks: number[];
  /** Index of the first treatment block held in the evening (from 17:00) or at a weekend, if any. */
  eveningOrWeekendBlock: number | null;
}

const WEEKEND: ReadonlySet<Day> = new Set(['saturday', 'sunday']);
const EVENING_STARTS_AT = 17 * 60;

export function computeFacts(program: Program, thresholds: Thresholds): ScheduleFacts {
  const schedule = program.schedule ?? {};
  const weeklyFloor = weeklyFloorFor(program, thresholds);
  const summary = schedule.days_per_week !== undefined && schedule.hours_per_day !== undefined
    ? { daysPerWeek: schedule.days_per_week, hoursPerDay: schedule.hours_per_day, hoursPerWeek: round(schedule.days_per_week * schedule.hours_per_day) }
    : null;

  const timetable = schedule.timetable ?? [];
  const treatmentMinutesByDay = new Map<Day, number>();
  let adjunctiveMinutes = 0;
  const mixedBlocks: number[] = [];
  let eveningOrWeekendBlock: number | null = null;
  timetable.forEach((block, index) => {
    const minutes = minutesOf(block.end) - minutesOf(block.start);
    const treatment = block.activities.filter((a) => TREATMENT_ACTIVITIES.has(a)).length;
    const adjunctive = block.activities.filter((a) => ADJUNCTIVE_ACTIVITIES.has(a)).length;
    // A mixed block is shared out evenly: only its treatment activities' share counts.
    const treatmentShare = (minutes * treatment) / (treatment + adjunctive);
    if (treatment > 0 && adjunctive > 0) mixedBlocks.push(index);
    adjunctiveMinutes += minutes - treatmentShare;
    if (treatment === 0) return;
    treatmentMinutesByDay.set(block.day, (treatmentMinutesByDay.get(block.day) ?? 0) + treatmentShare);
    if (eveningOrWeekendBlock === null && (WEEKEND.has(block.day) || minutesOf(block.start) >= EVENING_STARTS_AT)) {
      eveningOrWeekendBlock = index;
    }
  });

  let source: ScheduleFacts['source'] = 'none';
  let treatmentHoursPerWeek: number | null = null;
  let longestDayHours: number | null = null;
  let longestDay: Day | null = null;
  let daysPerWeek: number | null = null;
  if (timetable.length > 0) {
    source = 'timetable';
    treatmentHoursPerWeek = round(sum(treatmentMinutesByDay.values()) / 60);
    daysPerWeek = treatmentMinutesByDay.size;
    let longestMinutes = 0;
    for (const [day, minutes] of treatmentMinutesByDay) {
      if (minutes > longestMinutes) {
        longestMinutes = minutes;
        longestDay = day;
      }
    }
    longestDayHours = round(longestMinutes / 60);
  } else if (summary) {
    source = 'summary';
    treatmentHoursPerWeek = summary.hoursPerWeek;
    daysPerWeek = summary.daysPerWeek;
    longestDayHours = summary.hoursPerDay;
  }

  const consistent = summary && source === 'timetable'
    ? summary.daysPerWeek === daysPerWeek && Math.abs(summary.hoursPerWeek - treatmentHoursPerWeek!) < 0.01
    : null;

  return {
    source,
    treatmentHoursPerWeek,
    adjunctiveHoursPerWeek: round(adjunctiveMinutes / 60),
    longestDayHours,
    longestDay,
    daysPerWeek,
    weeklyFloor,
    impliedLevel: impliedLevel(treatmentHoursPerWeek, longestDayHours, weeklyFloor, thresholds),
    summary,
    consistent,
    mixedBlocks,
    eveningOrWeekendBlock,
  };
}

/** The floor for every population served: adolescent-only programs use the adolescent floor. */
function weeklyFloorFor(program: Program, thresholds: Thresholds): number {
  const populations = program.program.populations ?? [];
  const adolescentOnly = populations.length > 0 && populations.every((p) => p === 'adolescents');
  return adolescentOnly ? thresholds.adolescent_weekly_hours : thresholds.adult_weekly_hours;
}

/** ASAM bands: below the floor Level 1; floor to under 20 Level 2.1; 20+ a week or a 6-hour day Level 2.5. */
function impliedLevel(hoursPerWeek: number | null, longestDay: number | null, floor: number, t: Thresholds): Level | null {
  if (hoursPerWeek === null) return null;
  if (hoursPerWeek >= t.partial_hospitalization_week_hours || (longestDay ?? 0) >= t.partial_hospitalization_day_hours) {
    return 'partial-hospitalization';
  }
  return hoursPerWeek >= floor ? 'intensive-outpatient' : 'standard-outpatient';
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Two decimals: hours of 20 minutes show as 0.33, and sums compare without float noise. */
function round(hours: number): number {
  return Math.round(hours * 100) / 100;
}
