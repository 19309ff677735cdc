import { auditDocument, validateText } from '../core/engine.js';
import type { Thresholds } from '../domain/thresholds.js';
import type { DocumentResult, RuleSeverity } from '../core/types.js';
import { allPacks, allRules, registerPacks } from '../packs/index.js';
import { parsePack } from '../packs/user-pack.js';

/**
 * Everything that decides an audit result besides the document itself. Plain
 * data, so it can be sent to a worker thread and hashed into the cache key.
 */
export interface AuditSettings {
  mode: 'audit' | 'validate';
  /** Pack IDs to audit (see selectPacks); absent: the defaults. */
  standards?: string[];
  /** Packs read from files, by name and text: a worker thread builds their rules itself, and a changed pack changes the cache key. */
  packs?: Array<{ file: string; text: string }>;
  thresholds?: Partial<Thresholds>;
  qualifyingCertifications?: string[];
  severities?: Record<string, RuleSeverity>;
  /** The config's `evidence:` (`required` turns on EVID-02). */
  evidence?: 'optional' | 'required';
}

/**
 * Makes the settings' pack files part of this thread's catalog, once per
 * settings object (the main thread has validated them; a worker parses them again).
 */
export function registerSettingsPacks(settings: AuditSettings): void {
  if (!settings.packs || registered.has(settings)) return;
  // On the main thread the command line has read and registered them already: not parsed twice.
  const known = new Set(allPacks().map((p) => p.file));
  const missing = settings.packs.filter(({ file }) => !known.has(file));
  if (missing.length > 0) registerPacks(missing.map(({ file, text }) => parsePack(text, file)));
  registered.add(settings);
}

const registered = new WeakSet<AuditSettings>();

/** Audits (or validates) one document's text under the settings, before waivers and the baseline. */
export function auditWith(settings: AuditSettings, text: string, file: string): DocumentResult {
  if (settings.mode === 'validate') return validateText(text, file);
  registerSettingsPacks(settings);
  return auditDocument(text, file, {
    rules: allRules(),
    ...(settings.standards ? { standards: settings.standards } : {}),
    ...(settings.thresholds ? { thresholds: settings.thresholds } : {}),
    ...(settings.qualifyingCertifications ? { qualifyingCertifications: settings.qualifyingCertifications } : {}),
    ...(settings.severities ? { severities: settings.severities } : {}),
    ...(settings.evidence ? { evidence: settings.evidence } : {}),
  });
}
