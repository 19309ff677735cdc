import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/samhsa-tip47/samhsa-09-support-groups.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

const MOOD_PROGRAM = { 'program.focus': ['mental-health'], 'program.name': 'Birchwood Mood Disorders IOP' };

describe('SAMHSA-09 support-groups', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('passes');
    expect(result.line).toBe(lineOf(COMPLIANT, 'support_groups:'));
  });

  it('fails when groups are only offered', () => {
    expectFindings(rule, { 'services.support_groups.expectation': 'offered' }, [
      { message: 'mutual-support groups are only offered: require or encourage them', pointer: '/services/support_groups/expectation', at: 'support_groups:', fix: 'Require or actively encourage clients to take part in mutual-support groups, rather than only offering them.' },
    ]);
  });

  it('fails when support groups are not described', () => {
    expectFindings(rule, { 'services.support_groups': undefined }, [
      { message: 'no mutual-support groups are described: add services.support_groups', pointer: '/services/support_groups', at: 'services:', fix: 'Link clients to mutual-support groups, name the groups, and state whether taking part is required or encouraged.' },
    ]);
  });

  it('accepts required attendance', () => {
    expect(runRule(rule, withChanges({ 'services.support_groups.expectation': 'required' })).status).toBe('pass');
  });

  it('judges a mental-health-only program by peer and family support groups, and says so', () => {
    const yaml = withChanges({ ...MOOD_PROGRAM, 'services.support_groups': { expectation: 'encouraged', types: ['peer-support-group', 'family-support-group'] } });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('passes (a mental-health-only program, judged by its peer and family support groups (such as NAMI or DBSA groups), the mental-health analogue of mutual-help groups)');
  });

  it('warns when a mental-health-only program names only substance-use groups', () => {
    const result = expectFindings(rule, { ...MOOD_PROGRAM, 'services.support_groups': { expectation: 'required', types: ['12-step', 'dual-recovery-anonymous'] } }, [
      {
        message: 'the only groups named (12-step, dual-recovery-anonymous) are for substance use, which this program does not treat: link clients to peer or family support groups for mental illness (peer-support-group, family-support-group), such as NAMI or DBSA groups',
        pointer: '/services/support_groups/types',
        at: 'types:',
        severity: 'warning',
      },
    ]);
    expect(result.severity).toBe('warning');
  });

  it('does not warn a mental-health program that adds a peer group beside a substance-use one', () => {
    const yaml = withChanges({ ...MOOD_PROGRAM, 'services.support_groups.types': ['smart-recovery', 'peer-support-group'] });
    expect(runRule(rule, yaml).status).toBe('pass');
  });

  it('speaks of peer or family support groups to a mental-health-only program that has none', () => {
    expectFindings(rule, { ...MOOD_PROGRAM, 'services.support_groups': undefined }, [
      { message: 'no peer or family support groups are described: add services.support_groups', pointer: '/services/support_groups', at: 'services:', fix: 'Link clients to peer or family support groups, name the groups, and state whether taking part is required or encouraged.' },
    ]);
  });
});
