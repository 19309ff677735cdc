import { describe, expect, it } from 'vitest';
import rule from '../../../src/packs/samhsa-tip47/samhsa-11-psychoeducation.js';
import { COMPLIANT, expectFindings, lineOf, runRule, withChanges } from '../../support/audit.js';

describe('SAMHSA-11 psychoeducation', () => {
  it('passes on the compliant example', () => {
    const result = runRule(rule, COMPLIANT);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('passes');
    expect(result.line).toBe(lineOf(COMPLIANT, 'psychoeducation:'));
  });

  it('fails topics that leave out the nature of the disorder and relapse', () => {
    expectFindings(rule, { 'services.psychoeducation.topics': ['recovery', 'medications'] }, [
      { message: 'psychoeducation does not cover the nature of the disorder (nature-of-addiction or nature-of-illness), relapse', pointer: '/services/psychoeducation/topics', at: 'psychoeducation:', fix: 'Add the nature of addiction and relapse to the psychoeducation topics.' },
    ]);
  });

  it('accepts nature-of-illness for a co-occurring program', () => {
    expect(runRule(rule, withChanges({ 'services.psychoeducation.topics': ['nature-of-illness', 'recovery', 'relapse'] })).status).toBe('pass');
  });

  it('judges a mental-health-only program by education on the illness, and says so', () => {
    const yaml = withChanges({ 'program.focus': ['mental-health'], 'services.psychoeducation': { provided: 'on-site', topics: ['nature-of-illness', 'relapse', 'recovery', 'coping-skills'] } });
    const result = runRule(rule, yaml);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('passes (a mental-health-only program, judged by education on the nature of the illness (nature-of-illness), the analogue of education on addiction)');
  });

  it('fails a mental-health-only program that teaches the nature of addiction instead of its clients\' illness', () => {
    expectFindings(rule, { 'program.focus': ['eating-disorders'], 'services.psychoeducation.topics': ['nature-of-addiction', 'recovery', 'relapse', 'nutrition'] }, [
      { message: 'psychoeducation does not cover the nature of the illness (nature-of-illness)', pointer: '/services/psychoeducation/topics', at: 'topics:', fix: 'Add the nature of the illness to the psychoeducation topics.' },
    ]);
  });

  it('fails when psychoeducation is missing', () => {
    expectFindings(rule, { 'services.psychoeducation': undefined }, [
      { message: 'no psychoeducation is described: add services.psychoeducation', pointer: '/services/psychoeducation', at: 'services:', fix: 'Provide psychoeducation for clients covering the nature of addiction, recovery and relapse.' },
    ]);
  });

  it('names principle 11 as a topic, not a quoted heading, and labels the three topics as the catalog\'s reading', () => {
    expect(rule.basis).toBe('primary');
    expect(rule.sources[0]!.at).toBe('ch. 2, "Principles of Intensive Outpatient Treatment", principle 11 (topic: Educate clients)');
    expect(rule.sources[0]!.unverified).toContain('"11. Educat…"');
    expect(rule.sources[1]).toMatchObject({ basis: 'convention' });
    expect(rule.sources[1]!.words).toContain('the nature of the disorder, recovery and relapse');
  });
});
