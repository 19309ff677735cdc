import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/samhsa-11-psychoeducation.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../support/audit.js';

describe('SAMHSA-11 psychoeducation', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.line).toBe(lineOf(COMPLIANT, 'psychoeducation:'));
  });

  it('fails topics that leave out the nature of the disorder and relapse', () => {
    expectFindings(rule, { 'services.psychoeducation.topics': ['recovery', 'medications'] }, [
      { message: 'psychoeducation does not cover the nature of the disorder (nature-of-addiction or nature-of-illness), relapse', pointer: '/services/psychoeducation/topics', at: 'psychoeducation:' },
    ]);
  });

  it('accepts nature-of-illness for a mental-health program', () => {
    expect(runRule(rule, withChanges({ 'services.psychoeducation.topics': ['nature-of-illness', 'recovery', 'relapse'] })).status).toBe('pass');
  });

  it('fails when psychoeducation is missing', () => {
    expectFindings(rule, { 'services.psychoeducation': undefined }, [
      { message: 'no psychoeducation is described: add services.psychoeducation', pointer: '/services/psychoeducation', at: 'services:' },
    ]);
  });
});
