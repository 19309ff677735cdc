import { auditDocument, validateText } from '../core/engine.js';
import type { Thresholds } from '../core/thresholds.js';
import type { DocumentResult, RuleSeverity } from '../core/types.js';
import { RULES } from '../rules/index.js';

/**
 * Everything that decides an audit result besides the document itself. Plain
 * data, so it can be sent to a worker thread and hashed into the cache key.
 */
export interface AuditSettings {
  mode: 'audit' | 'validate';
  standards?: Array<'samhsa' | 'joint'>;
  thresholds?: Partial<Thresholds>;
  qualifyingCertifications?: string[];
  severities?: Record<string, RuleSeverity>;
}

/** Audits (or validates) one document's text under the settings, before waivers and the baseline. */
export function auditWith(settings: AuditSettings, text: string, file: string): DocumentResult {
  if (settings.mode === 'validate') return validateText(text, file);
  return auditDocument(text, file, {
    rules: RULES,
    ...(settings.standards ? { standards: settings.standards } : {}),
    ...(settings.thresholds ? { thresholds: settings.thresholds } : {}),
    ...(settings.qualifyingCertifications ? { qualifyingCertifications: settings.qualifyingCertifications } : {}),
    ...(settings.severities ? { severities: settings.severities } : {}),
  });
}
