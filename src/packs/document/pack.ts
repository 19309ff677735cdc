import { FORMAT, convention } from '../../domain/sources.js';
import type { Pack } from '../pack.js';
import { NO_PLACEHOLDERS } from './draft-01-placeholders-filled.js';
import { TERMS_AS_LISTED } from './vocab-01-vocabulary-terms.js';

/** The program document's own consistency: always audited, whatever standards are selected. */
export default {
  id: 'document',
  title: 'Program document consistency',
  publisher: 'iop-audit',
  edition: 'program document format, version 1',
  jurisdiction: { kind: 'organization', name: 'iop-audit' },
  always: true,
  requirements: [
    { clause: 'summary-matches-timetable', title: 'The schedule summary and the timetable agree', source: FORMAT },
    { clause: 'declared-level', title: 'The declared level of care is stated', source: FORMAT },
    { clause: 'blocks-counted-once', title: 'Timetable blocks are listed once', source: FORMAT },
    { clause: 'timetable-matches-services', title: 'The timetable and the services list agree', source: FORMAT },
    {
      clause: 'evidence-references',
      title: 'Evidence references point at listed source documents (and, when required, every audited section cites one)',
      source: convention('claims are traced to the documents where they are written, through source_documents and evidence references'),
    },
    { clause: 'terms-as-listed', title: 'Terms are the vocabulary\'s own, or reported', source: TERMS_AS_LISTED },
    { clause: 'placeholders-filled', title: 'No placeholder of the template is left', source: NO_PLACEHOLDERS },
  ],
} satisfies Pack;
