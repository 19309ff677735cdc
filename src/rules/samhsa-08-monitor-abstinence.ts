import { OBJECTIVE_TEST_METHODS, SUBSTANCE_FOCUS } from '../core/vocabulary.js';
import { defineRule } from './define.js';
import { CONVENTION_NOTE, tip47 } from './sources.js';
import { servesSubstanceUse } from './helpers.js';

export default defineRule({
  id: 'SAMHSA-08',
  alias: 'monitor-abstinence',
  standard: 'samhsa',
  clause: 'Principle 8',
  title: 'Abstinence is monitored objectively',
  severity: 'error',
  appliesTo: {
    when: (program) => servesSubstanceUse(program),
    otherwise: `the program's focus includes no substance use (${[...SUBSTANCE_FOCUS].join(' or ')}), so there is no abstinence to monitor`,
  },
  citation: tip47(8, 'Monitor abstinence'),
  rationale:
    'Objective tests (urine, oral fluid, breath, blood) give client and counselor a shared record of progress that self-report cannot; random timing keeps the result meaningful, and testing at least weekly catches a return to use while the plan can still respond.',
  remediation: {
    text: `Describe drug testing: an objective method, a random schedule, and how many tests a week. ${CONVENTION_NOTE}`,
    example: 'services:\n  drug_testing: { provided: on-site, method: urine, schedule: random, per_week: 1 }',
  },
  evidence: ['/services/drug_testing'],
  thresholds: ['drug_tests_per_week'],
  check(program, _facts, limits) {
    const testing = program.services?.drug_testing;
    const at = '/services/drug_testing';
    if (!testing) return [{ pointer: at, message: 'no drug testing is described: add services.drug_testing' }];
    if (testing.provided === 'none') return [{ pointer: `${at}/provided`, message: 'drug testing is not provided (provided: none)' }];
    const findings = [];
    if (!testing.method) findings.push({ pointer: `${at}/method`, message: 'the testing method is not stated' });
    else if (!OBJECTIVE_TEST_METHODS.has(testing.method)) {
      const why = testing.method === 'self-report' ? 'is not an objective method' : 'looks back over weeks, so it cannot show use week by week';
      findings.push({ pointer: `${at}/method`, message: `'${testing.method}' ${why}: use urine, oral fluid, breath or blood` });
    }
    if (!testing.schedule) findings.push({ pointer: `${at}/schedule`, message: 'the testing schedule is not stated' });
    else if (testing.schedule !== 'random') {
      findings.push({ pointer: `${at}/schedule`, message: `testing is ${testing.schedule}, not random: clients can predict it` });
    }
    if (testing.per_week === undefined) findings.push({ pointer: `${at}/per_week`, message: 'tests per week are not stated' });
    else if (testing.per_week < limits.drug_tests_per_week) {
      findings.push({ pointer: `${at}/per_week`, message: `${testing.per_week} test(s) a week is below the minimum of ${limits.drug_tests_per_week}` });
    }
    return findings;
  },
});
