import type { SourceRef } from '../domain/sources.js';

/**
 * A pack is the unit of standards: one standard (a guideline, a payer's rule,
 * a state regulation, an organization's policy) with its requirements. Rules
 * implement requirements, and a requirement may be covered by rules of several
 * packs: that mapping is the crosswalk every report shows.
 */
export interface Jurisdiction {
  kind: 'national' | 'state' | 'payer' | 'accreditor' | 'organization';
  name: string;
}

export interface Requirement {
  /** The clause's ID in the standard, e.g. "1" for TIP 47's principle 1 or "424.24(d)(1)". */
  clause: string;
  title: string;
  source: SourceRef;
}

export interface Pack {
  id: string;
  title: string;
  publisher: string;
  edition: string;
  year?: number;
  jurisdiction: Jurisdiction;
  requirements: readonly Requirement[];
  /** For a pack read from a file: the file, as the user gave it. */
  file?: string;
  /** Always audited, whatever is selected (the document's own consistency checks). */
  always?: boolean;
}

/** A requirement as rules and reports name it across packs: "<pack>:<clause>". */
export function requirementKey(pack: string, clause: string): string {
  return `${pack}:${clause}`;
}

export function splitRequirementKey(key: string): { pack: string; clause: string } {
  const at = key.indexOf(':');
  return { pack: key.slice(0, at), clause: key.slice(at + 1) };
}
