import { ASAM_CRITERIA_WORK, ASAM_LEVEL_2_1, ASAM_LEVEL_2_5 } from '../../domain/sources.js';
import type { Pack } from '../pack.js';

/**
 * Level 2.1 of the ASAM Criteria. Its requirements are audited by rules of
 * other packs (the weekly floor by JOINT-01, the 2.5 line by JOINT-02 and
 * SCHED-02): selecting this pack runs those rules and reports them under it.
 */
export default {
  id: 'asam-criteria-3',
  title: 'The ASAM Criteria, Level 2.1 intensive outpatient services',
  publisher: 'American Society of Addiction Medicine',
  edition: '3rd edition',
  year: 2013,
  jurisdiction: { kind: 'national', name: 'United States (professional criteria, adopted by many states and payers)' },
  requirements: [
    { clause: '2.1-adults', title: 'Adults receive 9 or more hours of service a week', source: ASAM_LEVEL_2_1 },
    { clause: '2.1-adolescents', title: 'Adolescents receive 6 or more hours of service a week', source: ASAM_LEVEL_2_1 },
    { clause: '2.5-boundary', title: 'Under 20 hours a week: 20 or more is Level 2.5, partial hospitalization', source: ASAM_LEVEL_2_5 },
    {
      clause: 'level-of-care',
      title: 'The level a program declares is the level its services deliver',
      source: { basis: 'primary', work: ASAM_CRITERIA_WORK, at: 'levels of care 1, 2.1 and 2.5', words: 'each level of care is defined by the intensity of the services it delivers', unverified: 'the Criteria are not freely published; checked against public restatements of the level bands, not the book' },
    },
  ],
} satisfies Pack;
