/**
 * The sources the catalog cites, named once so every rule cites them the same
 * way. Who says what matters: the joint statement's minimum elements, the joint
 * committee's IOP specifications and the ASAM Criteria's level bands are three
 * different sources.
 */
export const TIP_47 = 'SAMHSA, TIP 47: Substance Abuse: Clinical Issues in Intensive Outpatient Treatment (2006), ch. 2, the 14 principles of intensive outpatient treatment';

/** TIP 47's own wording for principles 1–10; 11–14 are the usual paraphrases of the remaining four. */
export function tip47(principle: number, title: string): string {
  const paraphrase = principle > 10 ? ' (as commonly paraphrased)' : '';
  return `${TIP_47}, principle ${principle}: "${title}"${paraphrase}`;
}

export const SAMHSA_ADVISORY_2021 = 'SAMHSA Advisory, Clinical Issues in Intensive Outpatient Treatment for Substance Use Disorders (2021), based on TIP 47';

export const JOINT_STATEMENT = 'ASAM, AAAP and APA, Public Policy Statement on the Relationship between Treatment and Self-Help: a Joint Statement (1997), minimum elements of treatment';

export function jointElement(element: string): string {
  return `${JOINT_STATEMENT}: ${element}`;
}

export const JOINT_IOP_SPECIFICATIONS = 'ASAM / APA / AAAP joint committee specifications for intensive outpatient programs';

export const ASAM_CRITERIA = 'The ASAM Criteria, 3rd edition (2013)';

export const NIDA_PRINCIPLES = 'NIDA, Principles of Drug Addiction Treatment: A Research-Based Guide, principle on adequate time in treatment';

/** Shown beside a threshold that the catalog adopts as a convention rather than a figure from the source. */
export const CONVENTION_NOTE = 'The figure is a catalog convention, not a number from the source; set it in the config file.';
