import {
  MEDICARE_CERTIFICATION, MEDICARE_IOP_HOURS_BAND, MEDICARE_IOP_PLAN, MEDICARE_IOP_RECERTIFICATION,
  MEDICARE_IOP_SERVICES, MEDICARE_IOP_SETTINGS,
} from '../../domain/sources.js';
import type { Pack } from '../pack.js';

/** The weekly hours a Medicare IOP patient must be certified to need (§424.24(d)(1)(i); §410.44(c)(1)). */
export const MEDICARE_IOP_MINIMUM_HOURS = 9;
/** Partial hospitalization's weekly minimum (§410.43(c)(1)): at or over it, a schedule has a PHP's intensity. */
export const MEDICARE_PHP_HOURS = 20;
/** The most days between two recertifications of an IOP patient's need (§424.24(d)(3)(ii)). */
export const MEDICARE_IOP_RECERTIFY_DAYS = 60;

/**
 * Medicare's intensive outpatient services, covered from January 1, 2024.
 * A consultant selects this pack when Medicare pays for the program's care;
 * its rules then apply to the whole document. Requirements that rest on no
 * paragraph of the regulation (the 9-to-19-hour band, the settings) have
 * clause IDs by topic, not by number.
 */
export default {
  id: 'medicare-iop',
  title: 'Medicare intensive outpatient services: conditions of coverage and payment',
  publisher: 'Centers for Medicare & Medicaid Services',
  edition: '42 CFR 410.44 and 424.24, as amended for CY 2024',
  year: 2024,
  jurisdiction: { kind: 'payer', name: 'Medicare (United States)' },
  requirements: [
    { clause: '424.24(d)(1)', title: 'A physician certifies that the patient needs at least 9 hours of services a week', source: MEDICARE_CERTIFICATION },
    { clause: '424.24(d)(3)', title: 'A physician recertifies the need at least every 60 days', source: MEDICARE_IOP_RECERTIFICATION },
    { clause: '424.24(d)(2)', title: 'An individualized written plan of care, established and periodically reviewed by a physician', source: MEDICARE_IOP_PLAN },
    { clause: 'weekly-hours', title: 'Services of 9 to 19 hours a week: 20 or more is the intensity of partial hospitalization', source: MEDICARE_IOP_HOURS_BAND },
    { clause: '410.44(a)(4)(v)', title: 'Activities that are primarily recreational or diversionary are not IOP services', source: MEDICARE_IOP_SERVICES },
    { clause: 'settings', title: 'Furnished by an eligible setting, never in the patient\'s home', source: MEDICARE_IOP_SETTINGS },
  ],
} satisfies Pack;
