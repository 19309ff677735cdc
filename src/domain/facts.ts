import { minutesOf, type Day, type Level, type Program, type TimetableBlock } from './program.js';
import type { Thresholds } from './thresholds.js';
import { ADJUNCTIVE_ACTIVITIES, AGE_GROUPS, MUTUAL_SUPPORT_ACTIVITIES, TREATMENT_ACTIVITIES } from './vocabulary.js';

/**
 * The schedule arithmetic, done once per document. Rules read these figures;
 * none recomputes them. Times are summed in minutes and only rounded for display.
 *
 * Hours are counted along what one client attends: blocks that overlap on a
 * day (an individual session pulled from group time, two tracks at the same
 * hour, a block listed twice) count once, for the time they span.
 */
export interface ScheduleFacts {
  /** Where the weekly figures come from: the timetable wins when both are given. */
  source: 'timetable' | 'summary' | 'none';
  treatmentHoursPerWeek: number | null;
  /** Scheduled adjunctive time (mutual-support meetings, recreation, a test at check-in…), never counted as treatment. */
  adjunctiveHoursPerWeek: number;
  /** The part of the adjunctive time spent in mutual-support or peer-support meetings. */
  mutualSupportHoursPerWeek: number;
  longestDayHours: number | null;
  longestDay: Day | null;
  daysPerWeek: number | null;
  /** Treatment days that reach the partial-hospitalization day length (with a summary only: every day or none). */
  longDayCount: number;
  /** The weekly floor the schedule must meet: the highest floor among the age groups served. */
  weeklyFloor: number;
  /** The floor of each age group served, as messages state them (adults when none is stated). */
  floors: Array<{ population: string; hours: number }>;
  /** The level the weekly hours imply (ASAM bands): under the floor, floor to the 2.5 line, at or over it. */
  impliedLevel: Level | null;
  /** The stated summary, when given. */
  summary: { daysPerWeek: number; hoursPerDay: number; hoursPerWeek: number } | null;
  /** Whether summary and timetable agree; null unless both are given. */
  consistent: boolean | null;
  /** Indexes of timetable blocks that mix treatment and adjunctive activities. */
  mixedBlocks: number[];
  /** Mixed blocks that give no minutes: the audit assumed an even split among their activities. */
  evenSplitBlocks: number[];
  /** Pairs of blocks on the same day whose times overlap; `duplicate` when they are the same block listed twice. */
  overlaps: Array<{ first: number; second: number; duplicate: boolean }>;
  /** The first treatment block (index) in each kind of hours that fit a population. */
  hoursOffered: { evening: number | null; weekend: number | null; afterSchool: number | null; daytime: number | null };
  /** Index of the first treatment block held in the evening (from 17:00) or at a weekend, if any. */
  eveningOrWeekendBlock: number | null;
}

const WEEKEND: ReadonlySet<Day> = new Set(['saturday', 'sunday']);
const EVENING_STARTS_AT = 17 * 60;
const SCHOOL_ENDS_AT = 15 * 60;

interface Span {
  index: number;
  start: number;
  end: number;
  /** Shares of the block's length spent in treatment and in mutual-support meetings. */
  treatment: number;
  mutualSupport: number;
}

export function computeFacts(program: Program, thresholds: Thresholds): ScheduleFacts {
  const schedule = program.schedule ?? {};
  const floors = floorsFor(program, thresholds);
  const weeklyFloor = Math.max(...floors.map((f) => f.hours));
  const summary = schedule.days_per_week !== undefined && schedule.hours_per_day !== undefined
    ? { daysPerWeek: schedule.days_per_week, hoursPerDay: schedule.hours_per_day, hoursPerWeek: round(schedule.days_per_week * schedule.hours_per_day) }
    : null;

  const timetable = schedule.timetable ?? [];
  const spansByDay = new Map<Day, Span[]>();
  const mixedBlocks: number[] = [];
  const evenSplitBlocks: number[] = [];
  const hoursOffered: ScheduleFacts['hoursOffered'] = { evening: null, weekend: null, afterSchool: null, daytime: null };
  timetable.forEach((block, index) => {
    const start = minutesOf(block.start);
    const end = minutesOf(block.end);
    const share = untimedShare(block, end - start);
    let treatment = 0;
    let adjunctive = 0;
    let mutualSupport = 0;
    for (const activity of block.activities) {
      const minutes = block.minutes?.[activity] ?? share;
      if (TREATMENT_ACTIVITIES.has(activity)) treatment += minutes;
      else if (ADJUNCTIVE_ACTIVITIES.has(activity)) adjunctive += minutes;
      if (MUTUAL_SUPPORT_ACTIVITIES.has(activity)) mutualSupport += minutes;
    }
    if (treatment > 0 && adjunctive > 0) {
      mixedBlocks.push(index);
      if (block.minutes === undefined) evenSplitBlocks.push(index);
    }
    const spans = spansByDay.get(block.day) ?? [];
    spans.push({ index, start, end, treatment: treatment / (end - start), mutualSupport: mutualSupport / (end - start) });
    spansByDay.set(block.day, spans);
    if (treatment === 0) return;
    const weekend = WEEKEND.has(block.day);
    if (weekend) hoursOffered.weekend ??= index;
    else if (start >= EVENING_STARTS_AT) hoursOffered.evening ??= index;
    if (weekend || start >= SCHOOL_ENDS_AT) hoursOffered.afterSchool ??= index;
    if (!weekend && start < EVENING_STARTS_AT) hoursOffered.daytime ??= index;
  });

  const treatmentMinutesByDay = new Map<Day, number>();
  const overlaps: ScheduleFacts['overlaps'] = [];
  let adjunctiveMinutes = 0;
  let mutualSupportMinutes = 0;
  for (const [day, spans] of spansByDay) {
    const { treatment, attended, mutualSupport } = dayMinutes(spans, timetable, overlaps);
    adjunctiveMinutes += attended - treatment;
    mutualSupportMinutes += mutualSupport;
    if (treatment > 0) treatmentMinutesByDay.set(day, treatment);
  }
  overlaps.sort((a, b) => a.first - b.first || a.second - b.second);

  let source: ScheduleFacts['source'] = 'none';
  let treatmentHoursPerWeek: number | null = null;
  let longestDayHours: number | null = null;
  let longestDay: Day | null = null;
  let daysPerWeek: number | null = null;
  let longDayCount = 0;
  const dayLimitMinutes = thresholds.partial_hospitalization_day_hours * 60;
  if (timetable.length > 0) {
    source = 'timetable';
    treatmentHoursPerWeek = round(sum(treatmentMinutesByDay.values()) / 60);
    daysPerWeek = treatmentMinutesByDay.size;
    let longestMinutes = 0;
    for (const [day, minutes] of treatmentMinutesByDay) {
      if (minutes >= dayLimitMinutes) longDayCount++;
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
    longDayCount = summary.hoursPerDay >= thresholds.partial_hospitalization_day_hours ? summary.daysPerWeek : 0;
  }

  const consistent = summary && source === 'timetable'
    ? summary.daysPerWeek === daysPerWeek && Math.abs(summary.hoursPerWeek - treatmentHoursPerWeek!) < 0.01
    : null;

  return {
    source,
    treatmentHoursPerWeek,
    adjunctiveHoursPerWeek: round(adjunctiveMinutes / 60),
    mutualSupportHoursPerWeek: round(mutualSupportMinutes / 60),
    longestDayHours,
    longestDay,
    daysPerWeek,
    longDayCount,
    weeklyFloor,
    floors,
    impliedLevel: impliedLevel(treatmentHoursPerWeek, weeklyFloor, thresholds),
    summary,
    consistent,
    mixedBlocks,
    evenSplitBlocks,
    overlaps,
    hoursOffered,
    eveningOrWeekendBlock: minIndex(hoursOffered.evening, hoursOffered.weekend),
  };
}

/**
 * How a block's minutes divide among its activities: each gets the minutes the
 * block gives it, or an even share of what the timed ones leave (returned here).
 */
function untimedShare(block: TimetableBlock, length: number): number {
  const given = block.minutes;
  if (given === undefined) return length / block.activities.length;
  let timed = 0;
  let untimed = 0;
  for (const activity of block.activities) {
    const minutes = given[activity];
    if (minutes === undefined) untimed++;
    else timed += minutes;
  }
  // Validation has checked that the timed minutes fit the block.
  return untimed > 0 ? Math.max(0, length - timed) / untimed : 0;
}

/**
 * One day's minutes as a client lives them. Where blocks overlap, the client
 * is in one of them at a time: for each stretch of time the block with the
 * most treatment in it counts (the earlier on a tie), at that block's share of
 * treatment and of mutual-support time. A block listed twice thus counts
 * once, and a session pulled from group time adds nothing.
 */
function dayMinutes(spans: Span[], timetable: readonly TimetableBlock[], overlaps: ScheduleFacts['overlaps']): { treatment: number; attended: number; mutualSupport: number } {
  if (spans.length === 1) {
    // The usual day: one block, nothing to share out (this runs for every day of every document).
    const only = spans[0]!;
    const length = only.end - only.start;
    return { treatment: exact(length * only.treatment), attended: length, mutualSupport: exact(length * only.mutualSupport) };
  }
  spans.sort((a, b) => a.start - b.start || a.index - b.index);
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length && spans[j]!.start < spans[i]!.end; j++) {
      const [first, second] = spans[i]!.index < spans[j]!.index ? [spans[i]!, spans[j]!] : [spans[j]!, spans[i]!];
      overlaps.push({ first: first.index, second: second.index, duplicate: sameBlock(timetable[first.index]!, timetable[second.index]!) });
    }
  }
  const edges = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  let treatment = 0;
  let attended = 0;
  let mutualSupport = 0;
  for (let k = 0; k + 1 < edges.length; k++) {
    const from = edges[k]!;
    const length = edges[k + 1]! - from;
    let chosen: Span | undefined;
    for (const span of spans) {
      if (span.start <= from && from < span.end && (chosen === undefined || span.treatment > chosen.treatment)) chosen = span;
    }
    if (chosen === undefined) continue;
    attended += length;
    treatment += length * chosen.treatment;
    mutualSupport += length * chosen.mutualSupport;
  }
  return { treatment: exact(treatment), attended, mutualSupport: exact(mutualSupport) };
}

/** Shares times lengths can leave float noise (359.999…): minutes to a millionth. */
function exact(minutes: number): number {
  return Math.round(minutes * 1e6) / 1e6;
}

function sameBlock(a: TimetableBlock, b: TimetableBlock): boolean {
  return a.start === b.start && a.end === b.end && a.activities.length === b.activities.length && a.activities.every((x) => b.activities.includes(x));
}

/**
 * The floor of each age group served (adults when none is stated). One
 * schedule serves them all, so it must meet the highest.
 */
function floorsFor(program: Program, thresholds: Thresholds): Array<{ population: string; hours: number }> {
  const groups = (program.program.populations ?? []).filter((p) => AGE_GROUPS.has(p));
  if (groups.length === 0) return [{ population: 'adults', hours: thresholds.adult_weekly_hours }];
  return groups.map((population) => ({
    population,
    hours: population === 'adolescents' ? thresholds.adolescent_weekly_hours : thresholds.adult_weekly_hours,
  }));
}

/** ASAM bands by weekly hours: below the floor Level 1; floor to under the 2.5 line Level 2.1; at or over it Level 2.5. */
function impliedLevel(hoursPerWeek: number | null, floor: number, t: Thresholds): Level | null {
  if (hoursPerWeek === null) return null;
  if (hoursPerWeek >= t.partial_hospitalization_week_hours) return 'partial-hospitalization';
  return hoursPerWeek >= floor ? 'intensive-outpatient' : 'standard-outpatient';
}

function minIndex(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
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
