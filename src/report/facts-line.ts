import type { ScheduleFacts } from '../domain/facts.js';

/** The computed schedule facts in one line, shared by the text formats. */
export function describeFacts(facts: ScheduleFacts, declared: string | undefined): string {
  if (facts.treatmentHoursPerWeek === null) {
    return `declared ${declared ?? 'no level'}; the schedule gives no treatment hours`;
  }
  const parts = [
    `${facts.treatmentHoursPerWeek} treatment h/week (from the ${facts.source})`,
    `longest day ${facts.longestDayHours ?? 0} h${facts.longestDay ? ` (${facts.longestDay})` : ''}`,
    `${facts.daysPerWeek ?? 0} day(s)/week`,
  ];
  if (facts.adjunctiveHoursPerWeek > 0) parts.push(`${facts.adjunctiveHoursPerWeek} adjunctive h/week not counted`);
  // What the arithmetic assumed, so a reader can check it.
  if (facts.evenSplitBlocks.length > 0) parts.push(`${facts.evenSplitBlocks.length} mixed block(s) split evenly (no minutes given)`);
  if (facts.overlaps.length > 0) parts.push(`${facts.overlaps.length} overlap(s) counted once`);
  parts.push(`declared ${declared ?? 'no level'}`, `implied ${facts.impliedLevel}`);
  return parts.join(' · ');
}
