import { MOTIVATIONAL_APPROACHES } from '../../domain/vocabulary.js';
import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { tip47 } from '../../domain/sources.js';

export default defineRule({
  id: 'SAMHSA-03',
  alias: 'use-motivation',
  standard: 'samhsa-tip47',
  implements: ['samhsa-tip47:3'],
  clause: 'Principle 3',
  title: "The client's motivation is built on",
  severity: 'error',
  sources: [tip47(3)],
  rationale:
    'Clients arrive with mixed and shifting reasons to change; knowing where each stands lets counselors meet them there. Motivational interviewing and motivational enhancement therapy are the tested ways to strengthen that motivation rather than argue with it. Motivation counts as assessed when the intake assessment covers it, whether or not engagement.motivation_assessed is set: the document says it either way.',
  remediation: {
    text: 'Assess motivation at intake and name the motivational approach in use.',
    example: 'engagement:\n  motivation_assessed: true\n  motivational_approach: [motivational-interviewing]',
  },
  evidence: ['/engagement/motivation_assessed', '/engagement/motivational_approach'],
  thresholds: [],
  check(program) {
    const findings: RawFinding[] = [];
    const engagement = program.engagement;
    const assessed = engagement?.motivation_assessed === true || (program.admission?.assessment?.covers ?? []).includes('motivation');
    if (!assessed) {
      findings.push({
        pointer: '/engagement/motivation_assessed',
        message: 'motivation is not assessed at intake: set engagement.motivation_assessed or add motivation to the assessment',
        fix: 'Assess each client\'s motivation for change at intake, as part of the initial assessment.',
      });
    }
    const named = [...(engagement?.motivational_approach ?? []), ...(program.approaches ?? [])];
    if (!named.some((a) => MOTIVATIONAL_APPROACHES.has(a))) {
      findings.push({
        pointer: '/engagement/motivational_approach',
        message: 'no motivational approach is in use: name motivational-interviewing or motivational-enhancement-therapy',
        fix: 'Use a motivational approach (motivational interviewing or motivational enhancement therapy) and name it among the approaches in use.',
      });
    }
    return findings;
  },
});
