import { THRESHOLDS } from '../../domain/thresholds.js';
import type { RawFinding } from '../../core/types.js';
import { CONTINUOUS_TEST_METHODS, OBJECTIVE_TEST_METHODS, SUBSTANCE_FOCUS } from '../../domain/vocabulary.js';
import { defineRule } from '../define.js';
import { servesSubstanceUse } from '../helpers.js';
import { convention, tip47, type SourceRef } from '../../domain/sources.js';

const WEEKLY = THRESHOLDS.drug_tests_per_week.default;

/** NIDA's principle on monitoring: it backs "throughout treatment", not any number. */
const NIDA_MONITORING: SourceRef = {
  basis: 'primary',
  work: 'NIDA, Principles of Drug Addiction Treatment: A Research-Based Guide, 3rd edition (2012, revised 2018)',
  at: 'principle 12',
  words: 'possible drug use is monitored continuously while a person is in treatment, since lapses happen',
  unverified: 'checked against public restatements of the principles, not NIDA\'s own page',
};

/** The methods that show use week by week, at the configured number of tests. */
function methodsThatFit(perWeek: number): string {
  return `urine, oral fluid, breath or blood at least ${perWeek} a week, or a sweat patch worn continuously and changed weekly`;
}

/** The same, in words for a reader: "at least once a week", "at least 2 times a week". */
function testsInWords(perWeek: number): string {
  return `urine, oral fluid, breath or blood tests at least ${perWeek === 1 ? 'once' : `${perWeek} times`} a week, or a sweat patch worn continuously and changed weekly`;
}

export default defineRule({
  id: 'SAMHSA-08',
  alias: 'monitor-abstinence',
  standard: 'samhsa-tip47',
  implements: ['samhsa-tip47:8'],
  clause: 'Principle 8',
  title: 'Abstinence is monitored objectively',
  severity: 'error',
  appliesTo: {
    when: (program) => servesSubstanceUse(program),
    otherwise: `the program's focus includes no substance use (${[...SUBSTANCE_FOCUS].join(' or ')}), so there is no abstinence to monitor`,
  },
  sources: [
    tip47(8),
    NIDA_MONITORING,
    convention(`testing at least ${WEEKLY} a week (drug_tests_per_week) is the least that shows use week by week; the number is the catalog\'s, not a TIP 47 figure`),
    convention('a sweat patch records use for as long as it is worn, so a patch worn continuously and changed weekly shows use week by week without counting tests; hair looks back months and cannot say which week use happened'),
    convention('a predictable schedule weakens testing (clients can time their use) but still monitors it: a warning, not an error'),
  ],
  rationale:
    'The question is whether the method and its frequency show use week by week, so the plan can respond while it matters. '
    + `Urine, oral fluid, breath and blood tests have short detection windows: taken at least ${WEEKLY} a week they do. `
    + 'A sweat patch is worn continuously and changed weekly, so it covers every week without a count of tests. '
    + 'Hair looks back months and cannot place use in a week, and self-report is not objective: both are errors. '
    + 'A fixed or on-suspicion schedule lets clients time their use, which weakens testing without removing it: a warning. '
    + 'The weekly minimum is the catalog\'s convention, not a TIP 47 figure, and may be tuned.',
  remediation: {
    text: `Test with an objective method often enough to show use week by week: ${methodsThatFit(WEEKLY)}. Test at random, so clients cannot predict test days.`,
    example: 'services:\n  drug_testing: { provided: on-site, method: oral-fluid, schedule: random, per_week: 2 }',
  },
  evidence: ['/services/drug_testing'],
  thresholds: ['drug_tests_per_week'],
  check(program, _facts, limits) {
    const testing = program.services?.drug_testing;
    const at = '/services/drug_testing';
    const perWeek = limits.drug_tests_per_week;
    const fitting = methodsThatFit(perWeek);
    const inWords = testsInWords(perWeek);
    if (!testing) {
      return [{ pointer: at, message: `no drug testing is described: add services.drug_testing (${fitting})`, fix: `Test every client for drug use objectively: ${inWords}, on random days.` }];
    }
    if (testing.provided === 'none') {
      return [{ pointer: `${at}/provided`, message: `drug testing is not provided (provided: none): test with ${fitting}`, fix: `Start testing every client for drug use objectively: ${inWords}, on random days.` }];
    }
    const findings: RawFinding[] = [];
    const method = testing.method;
    // A sweat patch covers the whole time it is worn: neither a count of tests nor random timing adds to it.
    const continuous = method !== undefined && CONTINUOUS_TEST_METHODS.has(method);
    if (!method) {
      findings.push({ pointer: `${at}/method`, message: `the testing method is not stated: name it (${fitting})`, fix: `State how clients are tested: ${inWords}.` });
    } else if (method === 'self-report') {
      findings.push({ pointer: `${at}/method`, message: `'self-report' is not an objective method: use ${fitting}`, fix: `Replace self-report with an objective test: ${inWords}.` });
    } else if (!OBJECTIVE_TEST_METHODS.has(method) && !continuous) {
      findings.push({
        pointer: `${at}/method`,
        message: `'${method}' looks back months, so it cannot show use week by week: use ${fitting}`,
        fix: `Replace '${method}' testing, which cannot show in which week use happened, with ${inWords}.`,
      });
    }
    if (!continuous) {
      if (testing.per_week === undefined) {
        findings.push({
          pointer: `${at}/per_week`,
          message: `tests per week are not stated: test at least ${perWeek} a week`,
          fix: `State how often each client is tested: at least ${perWeek === 1 ? 'once' : `${perWeek} times`} a week.`,
        });
      } else if (testing.per_week < perWeek) {
        findings.push({
          pointer: `${at}/per_week`,
          message: `${testing.per_week} test(s) a week is below the minimum of ${perWeek}`,
          fix: `Test each client at least ${perWeek === 1 ? 'once' : `${perWeek} times`} a week (now ${testing.per_week} a week).`,
        });
      }
      if (!testing.schedule) {
        findings.push({
          pointer: `${at}/schedule`,
          message: 'the testing schedule is not stated: test at random (schedule: random) so clients cannot predict test days',
          severity: 'warning',
          fix: 'Test on random days, and say so, so that clients cannot predict when they will be tested.',
        });
      } else if (testing.schedule !== 'random') {
        findings.push({
          pointer: `${at}/schedule`,
          message: `testing is ${testing.schedule}, not random: clients can time their use around the tests, so test at random`,
          severity: 'warning',
          fix: `Test on random days rather than ${testing.schedule === 'on-suspicion' ? 'only on suspicion' : 'on set days'}, so that clients cannot time their use around the tests.`,
        });
      }
    }
    return findings;
  },
});
