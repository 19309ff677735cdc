import { UsageError } from '../cli/errors.js';
import type { Engagement } from '../report/types.js';
import { notInCalendar, type EngagementConfig } from './config.js';

/** What the command line may say about the engagement: it overrides the config. */
export interface EngagementFlags {
  client?: string;
  /** "Name, credentials": the first comma ends the name (`--auditor "Dana Whitfield, LCSW, CADC"`). */
  auditor?: string;
  reviewDate?: string;
}

/**
 * The engagement a report is written for, from the config's `engagement:` and the flags. The
 * review date is the one given, else `today` (the caller's clock, which tests can fix), so the
 * same inputs on the same date give the same report.
 */
export function engagementOf(config: EngagementConfig | undefined, flags: EngagementFlags, today: () => string): Engagement {
  if (flags.reviewDate !== undefined) {
    const wrong = /^\d{4}-\d{2}-\d{2}$/.test(flags.reviewDate) ? notInCalendar(flags.reviewDate) : 'give it as YYYY-MM-DD';
    if (wrong) throw new UsageError(`--review-date '${flags.reviewDate}' is not a date: ${wrong}`);
  }
  const client = flags.client ?? config?.client;
  const auditor = flags.auditor !== undefined ? auditorOf(flags.auditor) : config?.auditor;
  return {
    ...(client !== undefined ? { client } : {}),
    ...(config?.programs ? { programs: config.programs } : {}),
    ...(auditor ? { auditor } : {}),
    reviewDate: flags.reviewDate ?? config?.review_date ?? today(),
    ...(config?.scope !== undefined ? { scope: config.scope } : {}),
    ...(config?.method !== undefined ? { method: config.method } : {}),
    ...(config?.limitations !== undefined ? { limitations: config.limitations } : {}),
  };
}

function auditorOf(text: string): { name: string; credentials?: string } {
  const comma = text.indexOf(',');
  const name = (comma === -1 ? text : text.slice(0, comma)).trim();
  if (name === '') throw new UsageError(`--auditor needs a name ("Name, credentials"), got '${text}'`);
  const credentials = comma === -1 ? '' : text.slice(comma + 1).trim();
  return credentials ? { name, credentials } : { name };
}
