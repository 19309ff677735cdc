import type { Rule } from './define.js';
import samhsa01 from './samhsa-01-ready-access.js';
import samhsa02 from './samhsa-02-easy-entry.js';
import samhsa03 from './samhsa-03-use-motivation.js';
import samhsa04 from './samhsa-04-therapeutic-alliance.js';
import samhsa05 from './samhsa-05-retention.js';
import samhsa06 from './samhsa-06-personalized.js';
import samhsa07 from './samhsa-07-continuing-care.js';
import samhsa08 from './samhsa-08-monitor-abstinence.js';
import samhsa09 from './samhsa-09-support-groups.js';
import samhsa10 from './samhsa-10-medical-treatment.js';
import samhsa11 from './samhsa-11-psychoeducation.js';
import samhsa12 from './samhsa-12-social-support.js';
import samhsa13 from './samhsa-13-evidence-based.js';
import samhsa14 from './samhsa-14-continuous-improvement.js';
import joint01 from './joint-01-weekly-intensity.js';
import joint02 from './joint-02-partial-hospitalization-boundary.js';
import joint03 from './joint-03-contact-hours-range.js';
import joint04 from './joint-04-initial-evaluation.js';
import joint05 from './joint-05-qualified-lead.js';
import joint06 from './joint-06-formal-plan.js';
import joint07 from './joint-07-accountable-referral.js';
import joint08 from './joint-08-contact-until-stable.js';
import joint09 from './joint-09-adjunctive-not-substitute.js';
import joint10 from './joint-10-minimum-duration.js';
import joint11 from './joint-11-family-services.js';
import joint12 from './joint-12-crisis-coverage.js';
import joint13 from './joint-13-medical-as-needed.js';
import sched01 from './sched-01-schedule-consistency.js';
import sched02 from './sched-02-declared-level.js';
import sched03 from './sched-03-overlapping-blocks.js';
import sched04 from './sched-04-timetable-services.js';

export type { Rule } from './define.js';

/** Where each rule's documentation lives; `docs/rules/<ID>.md` is generated from the metadata. */
export const DOCS_BASE = 'https://github.com/iop-audit/iop-audit/blob/main/docs/rules/';

export function docsUrl(rule: Pick<Rule, 'id'>): string {
  return `${DOCS_BASE}${rule.id}.md`;
}

/** The catalog, in report order: SAMHSA principles, joint specifications, schedule checks. */
export const RULES: readonly Rule[] = [
  samhsa01, samhsa02, samhsa03, samhsa04, samhsa05, samhsa06, samhsa07,
  samhsa08, samhsa09, samhsa10, samhsa11, samhsa12, samhsa13, samhsa14,
  joint01, joint02, joint03, joint04, joint05, joint06, joint07,
  joint08, joint09, joint10, joint11, joint12, joint13,
  sched01, sched02, sched03, sched04,
];

const byName = new Map<string, Rule>();
for (const rule of RULES) {
  byName.set(rule.id.toLowerCase(), rule);
  byName.set(rule.alias.toLowerCase(), rule);
}
/** Aliases a rule had before, still understood in configs and on the command line. */
export const FORMER_ALIASES: Readonly<Record<string, string>> = { 'licensed-lead': 'JOINT-05' };
for (const [alias, id] of Object.entries(FORMER_ALIASES)) byName.set(alias, byName.get(id.toLowerCase())!);

/** A rule by its ID or alias, case-insensitive. */
export function findRule(name: string): Rule | undefined {
  return byName.get(name.trim().toLowerCase());
}
