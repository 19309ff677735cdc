import type { RawFinding } from '../core/types.js';
import { defineRule } from './define.js';
import { tip47 } from './sources.js';

export default defineRule({
  id: 'SAMHSA-11',
  alias: 'psychoeducation',
  standard: 'samhsa',
  clause: 'Principle 11',
  title: 'Psychoeducation is offered',
  severity: 'error',
  citation: tip47(11, 'Educate clients'),
  rationale:
    'Clients who understand their disorder, how recovery works and how relapse builds can take part in their own treatment and spot warning signs early.',
  remediation: {
    text: 'Provide psychoeducation covering the nature of the disorder, recovery and relapse.',
    example: 'services:\n  psychoeducation: { provided: on-site, topics: [nature-of-addiction, recovery, relapse] }',
  },
  evidence: ['/services/psychoeducation'],
  thresholds: [],
  check(program) {
    const education = program.services?.psychoeducation;
    const at = '/services/psychoeducation';
    if (!education) return [{ pointer: at, message: 'no psychoeducation is described: add services.psychoeducation' }];
    const findings: RawFinding[] = [];
    if (education.provided === 'none') findings.push({ pointer: `${at}/provided`, message: 'psychoeducation is not provided (provided: none)' });
    const topics = education.topics ?? [];
    const missing = [
      ...(topics.includes('nature-of-addiction') || topics.includes('nature-of-illness') ? [] : ['the nature of the disorder (nature-of-addiction or nature-of-illness)']),
      ...(['recovery', 'relapse'] as const).filter((t) => !topics.includes(t)),
    ];
    if (missing.length > 0) findings.push({ pointer: `${at}/topics`, message: `psychoeducation does not cover ${missing.join(', ')}` });
    return findings;
  },
});
