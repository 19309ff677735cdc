import type { Program } from '../../domain/program.js';
import { evidenceReferences } from '../../domain/evidence.js';
import { convention } from '../../domain/sources.js';
import { defineRule } from '../define.js';

/** The top-level sections whose content is claims about the program (services are judged one by one). */
const CLAIM_SECTIONS = ['program', 'schedule', 'admission', 'staffing', 'treatment_planning', 'engagement', 'social_support', 'continuing_care', 'quality'] as const;

/** The claim sections the document has, as JSON pointers, in document order: each present section, and each service it says it provides. */
function claimSections(program: Program): string[] {
  const sections: string[] = [];
  for (const key of Object.keys(program)) {
    if ((CLAIM_SECTIONS as readonly string[]).includes(key)) sections.push(`/${key}`);
    if (key !== 'services') continue;
    for (const [name, service] of Object.entries(program.services ?? {})) {
      if (name === 'evidence') continue;
      // A service the program says it does not provide claims nothing to trace.
      if ((service as { provided?: string }).provided === 'none') continue;
      sections.push(`/services/${name}`);
    }
  }
  return sections;
}

export default defineRule({
  id: 'EVID-02',
  alias: 'claims-cite-evidence',
  standard: 'document',
  implements: ['document:evidence-references'],
  clause: 'Evidence references',
  title: 'Audited sections cite evidence',
  severity: 'error',
  optIn: 'evidence-required',
  sources: [convention('with `evidence: required` in the config, every section whose content the audit rests on names the document where it is written')],
  rationale:
    'Off unless the config says `evidence: required`, for engagements where every claim must be traced (a mock survey, an accreditation file). '
    + 'The sections judged are those the audit rests on: program (the level of care, populations, settings and payers, and the approaches list, which cannot carry evidence of its own), schedule, admission, staffing, each service the program provides (on site or by referral; each is its own claim, often backed by its own contract), treatment_planning, engagement, social_support, continuing_care and quality. '
    + 'A section cites evidence when a reference sits on it or on anything inside it (a timetable block, a team member); a service also counts the evidence on services as a whole. A section the document leaves out is not reported here: the rules that need it report its absence. '
    + 'References are counted whether or not their ID is listed: EVID-01 reports those that point nowhere.',
  remediation: {
    text: 'Add an evidence: list to each section named, citing the policy, procedure, schedule, contract or record sample that documents it.',
    example: 'services:\n  medical:\n    provided: referral\n    partner: Lakeview Primary Care\n    evidence: [MOU-4 §2]',
  },
  evidence: ['/program'],
  thresholds: [],
  check(program) {
    const holders = evidenceReferences(program).map((reference) => reference.pointer);
    const cites = (section: string) => holders.some((holder) => holder === section || holder.startsWith(`${section}/`)
      || (section.startsWith('/services/') && holder === '/services'));
    return claimSections(program).filter((section) => !cites(section)).map((section) => {
      const name = section.slice(1).replace('/', '.');
      return {
        pointer: section,
        message: `${name} cites no evidence: the config requires each audited section to name where it is documented`,
        fix: `add evidence: [<ID> <where>] to ${name}, naming the document (listed under source_documents) where it is written`,
      };
    });
  },
});
