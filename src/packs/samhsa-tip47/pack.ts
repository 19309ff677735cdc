import { TIP_47_PRINCIPLES, tip47 } from '../../domain/sources.js';
import type { Pack } from '../pack.js';

export default {
  id: 'samhsa-tip47',
  title: 'TIP 47: the 14 principles of intensive outpatient treatment',
  publisher: 'SAMHSA, Center for Substance Abuse Treatment',
  edition: 'TIP 47, Pub. No. (SMA) 06-4182',
  year: 2006,
  jurisdiction: { kind: 'national', name: 'United States (federal guidance)' },
  requirements: Object.entries(TIP_47_PRINCIPLES).map(([n, p]) => ({ clause: n, title: p.heading, source: tip47(Number(n)) })),
} satisfies Pack;
