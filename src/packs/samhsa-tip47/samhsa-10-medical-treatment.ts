import type { Program, Provided } from '../../domain/program.js';
import type { RawFinding } from '../../core/types.js';
import { AGE_GROUPS, REQUIRED_SUD_MEDICATIONS } from '../../domain/vocabulary.js';
import { defineRule } from '../define.js';
import { servesSubstanceUse } from '../helpers.js';
import { NIDA_MEDICATIONS, convention, tip47 } from '../../domain/sources.js';

const reachable = (provided: Provided | undefined) => provided === 'on-site' || provided === 'referral';

const NAMES: Readonly<Record<string, string>> = {
  moud: 'medication for opioid use disorder (moud)',
  'aud-medications': 'medication for alcohol use disorder (aud-medications)',
};
const NAMES_IN_WORDS: Readonly<Record<string, string>> = {
  moud: 'medication for opioid use disorder',
  'aud-medications': 'medication for alcohol use disorder',
};

/** Focus values that bring mental illness into the program (an eating disorder is one). */
const MENTAL_HEALTH_FOCUS: ReadonlySet<string> = new Set(['mental-health', 'co-occurring', 'eating-disorders']);

const mentalHealthOnly = (program: Program) => !servesSubstanceUse(program);

/** Every age group served is adolescents: the populations are stated and no adult group is among them. */
function adolescentsOnly(program: Program): boolean {
  const ages = (program.program.populations ?? []).filter((p) => AGE_GROUPS.has(p));
  return ages.length > 0 && ages.every((p) => p === 'adolescents');
}

/** The SUD medications the program must be able to reach: for adolescents, MOUD only. */
function requiredFor(program: Program): readonly string[] {
  return adolescentsOnly(program) ? ['moud'] : REQUIRED_SUD_MEDICATIONS;
}

export default defineRule({
  id: 'SAMHSA-10',
  alias: 'medical-treatment',
  standard: 'samhsa-tip47',
  implements: ['samhsa-tip47:10'],
  clause: 'Principle 10',
  title: 'Medications are used when indicated',
  severity: 'error',
  sources: [
    tip47(10),
    NIDA_MEDICATIONS,
    convention('a program treating substance use must be able to reach medications for both opioid and alcohol use disorder, the two with established medications; tobacco cessation alone does not meet it'),
    convention('for a program serving adolescents only, medication for opioid use disorder is asked for and medication for alcohol use disorder is not: the alcohol medications are not approved for people under 18 and their evidence in adolescents is limited'),
    convention('for a program that treats no substance use, access to psychiatric medication stands where medications for substance use disorders stand'),
  ],
  analogue: {
    when: mentalHealthOnly,
    note: 'a mental-health-only program, judged by access to psychiatric medication, the mental-health analogue of medications for substance use disorders',
  },
  rationale:
    'Medications for opioid and alcohol use disorders cut relapse and death; a program that treats substance use must be able to get them to the clients who need them, on site or through a referral it arranges. '
    + 'It need not prescribe them itself, and "if indicated" means it offers them where indicated, so the check is that both kinds are reachable, not that every client takes them. Tobacco cessation is welcome but does not stand in for either. '
    + 'Turning away clients because they take medication for opioid use disorder refuses the very treatment this principle asks for, so that exclusion is cited here. '
    + 'A program serving adolescents only is asked for opioid medication alone: the alcohol medications are not approved under 18. '
    + 'Where the program treats mental illness, psychiatric medication must be reachable too; a mental-health-only program is judged by that analogue alone. '
    + 'Medical services in general are JOINT-13\'s finding, not this rule\'s: one gap is cited once.',
  remediation: {
    text: 'Make medications reachable on site or by referral: for substance use, both medication for opioid use disorder (moud) and for alcohol use disorder (aud-medications), moud alone for an adolescent-only program; for mental illness, psychiatric medication. Do not exclude clients who receive moud.',
    example: 'services:\n  psychiatric: { provided: referral, partner: County Behavioral Health }\n  medications: { provided: referral, partner: Eastside Addiction Medicine, includes: [moud, aud-medications, psychiatric-medications] }',
  },
  evidence: ['/services/medications', '/services/psychiatric', '/admission/exclusions'],
  thresholds: [],
  check(program) {
    const findings: RawFinding[] = [];
    const services = program.services ?? {};
    const medications = services.medications;
    const at = '/services/medications';
    const includes = medications?.includes ?? [];
    if (servesSubstanceUse(program)) {
      const required = requiredFor(program);
      const wanted = required.map((m) => NAMES[m] ?? m).join(' and ');
      const inWords = required.map((m) => NAMES_IN_WORDS[m] ?? m).join(' and ');
      if (!medications) {
        findings.push({
          pointer: at,
          message: `no medications for substance use disorders are described: add services.medications with ${wanted}, on site or by referral`,
          fix: `Make ${inWords} available to clients, prescribed on site or through a named referral partner.`,
        });
      } else if (medications.provided === undefined) {
        findings.push({
          pointer: at,
          message: `how medications are provided is not stated: set provided to on-site or referral, with ${wanted}`,
          fix: `State how clients get ${inWords}: prescribed on site or through a named referral partner.`,
        });
      } else if (!reachable(medications.provided)) {
        findings.push({
          pointer: `${at}/provided`,
          message: `medications are not provided, on site or by referral: make ${wanted} reachable`,
          fix: `Make ${inWords} available to clients, prescribed on site or through a named referral partner.`,
        });
      } else {
        const missing = required.filter((m) => !includes.includes(m));
        if (missing.length > 0) {
          const tobaccoOnly = includes.length === 1 && includes[0] === 'tobacco-cessation';
          const what = tobaccoOnly
            ? 'tobacco-cessation alone does not treat opioid or alcohol use disorder'
            : `no ${missing.map((m) => NAMES[m] ?? m).join(' and no ')} is reachable`;
          findings.push({
            pointer: `${at}/includes`,
            message: `${what}: add ${missing.join(' and ')} to services.medications.includes, on site or by referral`,
            fix: `Add ${missing.map((m) => NAMES_IN_WORDS[m] ?? m).join(' and ')} to the medications clients can get, on site or by referral.`,
          });
        }
      }
      const exclusions = program.admission?.exclusions ?? [];
      const refused = exclusions.indexOf('receiving-moud');
      if (refused >= 0) {
        findings.push({
          pointer: `/admission/exclusions/${refused}`,
          message: 'clients receiving medication for opioid use disorder are excluded (receiving-moud): admit them and continue their medication, which is treatment, not a reason to refuse care',
          fix: 'Remove \'receiving-moud\' from the admission exclusions: admit clients who take medication for opioid use disorder and keep their medication going.',
        });
      }
    }
    const focus = program.program.focus ?? [];
    if (focus.some((f) => MENTAL_HEALTH_FOCUS.has(f))) {
      const psychiatric = reachable(services.psychiatric?.provided);
      const prescribed = reachable(medications?.provided) && includes.includes('psychiatric-medications');
      if (!psychiatric && !prescribed) {
        findings.push({
          pointer: medications ? `${at}/includes` : at,
          message: 'no psychiatric medication is reachable for the mental illness the program treats: add psychiatric-medications to services.medications, or provide services.psychiatric on site or by referral',
          fix: 'Make psychiatric medication available for the mental illness the program treats: prescribe it on site, or arrange psychiatric care with a named referral partner.',
        });
      }
    }
    return findings;
  },
});
