import type { Program } from '../../domain/program.js';
import type { RawFinding } from '../../core/types.js';
import { defineRule } from '../define.js';
import { listed, servesSubstanceUse } from '../helpers.js';
import { convention, tip47 } from '../../domain/sources.js';

const mentalHealthOnly = (program: Program) => !servesSubstanceUse(program);

export default defineRule({
  id: 'SAMHSA-11',
  alias: 'psychoeducation',
  standard: 'samhsa-tip47',
  implements: ['samhsa-tip47:11'],
  clause: 'Principle 11',
  title: 'Psychoeducation is offered',
  severity: 'error',
  sources: [
    tip47(11),
    convention('the three topics asked for (the nature of the disorder, recovery and relapse) are the catalog\'s reading of the principle; TIP 47\'s text for it was not read'),
    convention('for a program that treats no substance use, teaching the nature of the illness stands where teaching the nature of addiction stands'),
  ],
  analogue: {
    when: mentalHealthOnly,
    note: 'a mental-health-only program, judged by education on the nature of the illness (nature-of-illness), the analogue of education on addiction',
  },
  rationale:
    'Clients who understand their disorder, how recovery works and how relapse builds can take part in their own treatment and spot warning signs early. '
    + 'These three topics are the catalog\'s reading of the principle, whose own text in TIP 47 was not read. '
    + 'The disorder is the one the program treats: nature-of-addiction or nature-of-illness for a substance-use or co-occurring program, nature-of-illness for a program that treats no substance use (TIP 47 is about substance use disorders; the illness is the analogue). '
    + 'Recovery and relapse apply to both.',
  remediation: {
    text: 'Provide psychoeducation covering three topics: the nature of the disorder treated (nature-of-addiction or nature-of-illness; nature-of-illness for a mental-health-only program), recovery, and relapse.',
    example: 'services:\n  psychoeducation: { provided: on-site, topics: [nature-of-illness, recovery, relapse, coping-skills] }',
  },
  evidence: ['/services/psychoeducation'],
  thresholds: [],
  check(program) {
    const education = program.services?.psychoeducation;
    const at = '/services/psychoeducation';
    const disorder = mentalHealthOnly(program) ? 'the nature of the illness' : 'the nature of addiction';
    if (!education) {
      return [{ pointer: at, message: 'no psychoeducation is described: add services.psychoeducation', fix: `Provide psychoeducation for clients covering ${disorder}, recovery and relapse.` }];
    }
    const findings: RawFinding[] = [];
    if (education.provided === 'none') {
      findings.push({ pointer: `${at}/provided`, message: 'psychoeducation is not provided (provided: none)', fix: `Provide psychoeducation for clients covering ${disorder}, recovery and relapse.` });
    }
    const topics = education.topics ?? [];
    // A program treating no substance use teaches about the illness it treats; addiction is not its clients' disorder.
    const nature = mentalHealthOnly(program)
      ? (topics.includes('nature-of-illness') ? [] : ['the nature of the illness (nature-of-illness)'])
      : (topics.includes('nature-of-addiction') || topics.includes('nature-of-illness') ? [] : ['the nature of the disorder (nature-of-addiction or nature-of-illness)']);
    const missing = [...nature, ...(['recovery', 'relapse'] as const).filter((t) => !topics.includes(t))];
    if (missing.length > 0) {
      const topicsInWords = [...(nature.length > 0 ? [disorder] : []), ...missing.slice(nature.length)];
      findings.push({ pointer: `${at}/topics`, message: `psychoeducation does not cover ${missing.join(', ')}`, fix: `Add ${listed(topicsInWords)} to the psychoeducation topics.` });
    }
    return findings;
  },
});
