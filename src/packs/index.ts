import type { Rule } from './define.js';
import asamPack from './asam-criteria-3/pack.js';
import documentPack from './document/pack.js';
import jointPack from './joint/pack.js';
import mcr01 from './medicare-iop/mcr-01-certification-of-need.js';
import mcr02 from './medicare-iop/mcr-02-recertification.js';
import mcr03 from './medicare-iop/mcr-03-physician-plan.js';
import mcr04 from './medicare-iop/mcr-04-weekly-hours.js';
import mcr05 from './medicare-iop/mcr-05-not-recreational.js';
import mcr06 from './medicare-iop/mcr-06-eligible-setting.js';
import medicarePack from './medicare-iop/pack.js';
import type { Pack } from './pack.js';
import samhsaPack from './samhsa-tip47/pack.js';
import type { LoadedPack } from './user-pack.js';
import samhsa01 from './samhsa-tip47/samhsa-01-ready-access.js';
import samhsa02 from './samhsa-tip47/samhsa-02-easy-entry.js';
import samhsa03 from './samhsa-tip47/samhsa-03-use-motivation.js';
import samhsa04 from './samhsa-tip47/samhsa-04-therapeutic-alliance.js';
import samhsa05 from './samhsa-tip47/samhsa-05-retention.js';
import samhsa06 from './samhsa-tip47/samhsa-06-personalized.js';
import samhsa07 from './samhsa-tip47/samhsa-07-continuing-care.js';
import samhsa08 from './samhsa-tip47/samhsa-08-monitor-abstinence.js';
import samhsa09 from './samhsa-tip47/samhsa-09-support-groups.js';
import samhsa10 from './samhsa-tip47/samhsa-10-medical-treatment.js';
import samhsa11 from './samhsa-tip47/samhsa-11-psychoeducation.js';
import samhsa12 from './samhsa-tip47/samhsa-12-social-support.js';
import samhsa13 from './samhsa-tip47/samhsa-13-evidence-based.js';
import samhsa14 from './samhsa-tip47/samhsa-14-continuous-improvement.js';
import joint01 from './joint/joint-01-weekly-intensity.js';
import joint02 from './joint/joint-02-partial-hospitalization-boundary.js';
import joint03 from './joint/joint-03-contact-hours-range.js';
import joint04 from './joint/joint-04-initial-evaluation.js';
import joint05 from './joint/joint-05-qualified-lead.js';
import joint06 from './joint/joint-06-formal-plan.js';
import joint07 from './joint/joint-07-accountable-referral.js';
import joint08 from './joint/joint-08-contact-until-stable.js';
import joint09 from './joint/joint-09-adjunctive-not-substitute.js';
import joint10 from './joint/joint-10-minimum-duration.js';
import joint11 from './joint/joint-11-family-services.js';
import joint12 from './joint/joint-12-crisis-coverage.js';
import joint13 from './joint/joint-13-medical-as-needed.js';
import sched01 from './document/sched-01-schedule-consistency.js';
import sched02 from './document/sched-02-declared-level.js';
import sched03 from './document/sched-03-overlapping-blocks.js';
import sched04 from './document/sched-04-timetable-services.js';
import evid01 from './document/evid-01-evidence-references.js';
import evid02 from './document/evid-02-claims-cite-evidence.js';
import vocab01 from './document/vocab-01-vocabulary-terms.js';
import vocab02 from './document/vocab-02-listed-spelling.js';
import draft01 from './document/draft-01-placeholders-filled.js';

export type { Rule } from './define.js';

/**
 * Where each rule's documentation lives, relative to the package's folder (it ships with the
 * package): `docs/rules/<ID>.md`, generated from the metadata. A path, not a web address: the
 * project has no published home to link to (SARIF carries the help text itself).
 */
export function docsPath(rule: Pick<Rule, 'id'>): string {
  return `docs/rules/${rule.id}.md`;
}

/** The catalog, in report order: SAMHSA principles, joint specifications, Medicare's IOP conditions, document checks. */
export const RULES: readonly Rule[] = [
  samhsa01, samhsa02, samhsa03, samhsa04, samhsa05, samhsa06, samhsa07,
  samhsa08, samhsa09, samhsa10, samhsa11, samhsa12, samhsa13, samhsa14,
  joint01, joint02, joint03, joint04, joint05, joint06, joint07,
  joint08, joint09, joint10, joint11, joint12, joint13,
  mcr01, mcr02, mcr03, mcr04, mcr05, mcr06,
  sched01, sched02, sched03, sched04,
  evid01, evid02,
  vocab01, vocab02, draft01,
];

/** The built-in packs, in report order; the document checks always run. */
export const PACKS: readonly Pack[] = [samhsaPack, jointPack, asamPack, medicarePack, documentPack];

const byName = new Map<string, Rule>();
for (const rule of RULES) {
  byName.set(rule.id.toLowerCase(), rule);
  byName.set(rule.alias.toLowerCase(), rule);
}
/** Aliases a rule had before, still understood in configs and on the command line. */
export const FORMER_ALIASES: Readonly<Record<string, string>> = { 'licensed-lead': 'JOINT-05' };
for (const [alias, id] of Object.entries(FORMER_ALIASES)) byName.set(alias, byName.get(id.toLowerCase())!);

const packsById = new Map<string, Pack>(PACKS.map((pack) => [pack.id, pack]));
const userRules: Rule[] = [];
/** The built-in rules then the pack files' rules, one array for as long as no pack is added (callers compare it by identity). */
let catalog: readonly Rule[] = RULES;
const userPacks: Pack[] = [];

/** A rule by its ID or alias, case-insensitive: built in, or from a pack file this run read. */
export function findRule(name: string): Rule | undefined {
  return byName.get(name.trim().toLowerCase());
}

/** Every rule this run knows: the built-in catalog, then the rules of pack files in the order they were read. */
export function allRules(): readonly Rule[] {
  return catalog;
}

/** Every pack this run knows, built-in first. */
export function allPacks(): readonly Pack[] {
  return userPacks.length === 0 ? PACKS : [...PACKS, ...userPacks];
}

/**
 * Adds the packs read from files to the catalog, once each (a worker thread and
 * the main thread each register the same files). A pack or rule that takes a
 * name already in use is refused: the message names both.
 */
export function registerPacks(loaded: readonly LoadedPack[]): void {
  for (const { pack, rules } of loaded) {
    const known = packsById.get(pack.id);
    if (known) {
      if (known.file !== undefined && known.file === pack.file) continue;
      throw new Error(`pack '${pack.id}' in ${pack.file} is already defined by ${known.file ?? 'iop-audit (built in)'}`);
    }
    for (const rule of rules) {
      for (const name of [rule.id, rule.alias]) {
        const taken = byName.get(name.toLowerCase());
        if (taken) throw new Error(`rule ${name} in pack ${pack.file} is already defined by pack '${taken.standard}'`);
      }
    }
    packsById.set(pack.id, pack);
    userPacks.push(pack);
    for (const rule of rules) {
      byName.set(rule.id.toLowerCase(), rule);
      byName.set(rule.alias.toLowerCase(), rule);
      userRules.push(rule);
    }
    catalog = [...RULES, ...userRules];
  }
}
