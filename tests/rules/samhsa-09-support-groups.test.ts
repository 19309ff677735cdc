import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/samhsa-09-support-groups.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('SAMHSA-09 support-groups', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'support_groups:'));
  });

  it('fails when groups are only offered', () => {
    expectFindings(rule, { 'services.support_groups.expectation': 'offered' }, [
      { message: 'mutual-support groups are only offered: require or encourage them', pointer: '/services/support_groups/expectation', at: 'support_groups:' },
    ]);
  });

  it('fails when support groups are not described', () => {
    expectFindings(rule, { 'services.support_groups': undefined }, [
      { message: 'no mutual-support groups are described: add services.support_groups', pointer: '/services/support_groups', at: 'services:' },
    ]);
  });

  it('accepts required attendance', () => {
    expect(runRule(rule, withChanges({ 'services.support_groups.expectation': 'required' })).status).toBe('pass');
  });
});
