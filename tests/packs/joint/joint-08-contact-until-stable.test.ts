import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/joint/joint-08-contact-until-stable.js';
import { COMPLIANT, expectFindings, lineOf, runRule } from '../../support/audit.js';

describe('JOINT-08 contact-until-stable', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'continuing_care:'));
    expect(rule.basis).toBe('primary');
    expect(rule.citation).toContain('not verified');
  });

  it('fails without contact until stable or any follow-up', () => {
    expectFindings(rule, { 'continuing_care.contact_until_stable': false, 'continuing_care.follow_up': undefined }, [
      { message: 'contact does not continue until recovery is stable (contact_until_stable: false)', pointer: '/continuing_care/contact_until_stable', at: 'contact_until_stable:', fix: 'Continue contact with clients after the intensive phase until their recovery is stable.' },
      { message: 'no follow-up after the intensive phase is described: add follow_up with every_days', pointer: '/continuing_care/follow_up', at: 'continuing_care:', fix: 'Describe follow-up contact after the intensive phase and how often it happens (for example every 30 days).' },
    ]);
  });

  it('fails a follow-up without an interval, at the follow-up', () => {
    expectFindings(rule, { 'continuing_care.contact_until_stable': undefined, 'continuing_care.follow_up': { for_months: 12 } }, [
      { message: 'whether contact continues until recovery is stable is not stated: set contact_until_stable: true', pointer: '/continuing_care/contact_until_stable', at: 'continuing_care:', fix: 'State that contact with clients continues after the intensive phase until their recovery is stable.' },
      { message: 'how often follow-up contact happens is not stated: add every_days to follow_up', pointer: '/continuing_care/follow_up/every_days', at: 'follow_up:', fix: 'State how often follow-up contact happens (for example every 30 days).' },
    ]);
  });

  it('fails when continuing care is missing, at the document root', () => {
    expectFindings(rule, { continuing_care: undefined }, [
      { message: 'no continuing care is described: add continuing_care with contact_until_stable: true and follow_up', pointer: '/continuing_care', at: 'version:', fix: 'Keep in contact with clients after the intensive phase until their recovery is stable, with follow-up contact at a stated interval (for example every 30 days).' },
    ]);
  });
});
