import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/joint-08-contact-until-stable.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('JOINT-08 contact-until-stable', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'continuing_care:'));
  });

  it('fails without contact until stable or follow-up', () => {
    expectFindings(rule, { 'continuing_care.contact_until_stable': false, 'continuing_care.follow_up': undefined }, [
      { message: 'contact does not continue until recovery is stable', pointer: '/continuing_care/contact_until_stable', at: 'contact_until_stable:' },
      { message: 'no follow-up after the intensive phase is scheduled: add follow_up.every_days', pointer: '/continuing_care/follow_up', at: 'continuing_care:' },
    ]);
  });

  it('fails when continuing care is missing', () => {
    expectFindings(rule, { continuing_care: undefined }, [
      { message: 'no continuing care is described: add continuing_care with contact_until_stable and follow_up', pointer: '/continuing_care', at: 'version:' },
    ]);
  });
});
