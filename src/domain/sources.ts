/**
 * The sources the catalog cites, each named once with how much weight it
 * carries. Who says what matters: TIP 47's principles, the joint statement's
 * minimum elements, the joint committee's IOP figures (known only from a
 * secondary account), the ASAM Criteria's level bands and Medicare's rules are
 * different sources, and a report says which one a verdict rests on.
 */

/**
 * - primary: the figure or requirement is in the source's own text, cited by
 *   publisher, title, edition and year, and section;
 * - secondary: known only from an account of the source (the source itself
 *   could not be read), named as such;
 * - convention: the catalog's own choice, with its reason.
 */
export type Basis = 'primary' | 'secondary' | 'convention';

export interface SourceRef {
  basis: Basis;
  /** Publisher, title, edition and year (primary); the account and what it reports on (secondary); "iop-audit catalog" (convention). */
  work: string;
  /** Chapter, section, paragraph or principle. */
  at?: string;
  /** The words the figure comes from (primary and secondary), or the reason for the choice (convention). */
  words: string;
  /** Set when the citation could not be checked against the source's text: what was not checked. */
  unverified?: string;
}

const TIP_47_WORK = 'SAMHSA (CSAT), Treatment Improvement Protocol (TIP) Series No. 47: Substance Abuse: Clinical Issues in Intensive Outpatient Treatment, Pub. No. (SMA) 06-4182 (2006)';

/** Where TIP 47 lists its principles: chapter 2 on NCBI Bookshelf (https://ncbi.nlm.nih.gov/books/n/tip47/A88727/). */
const TIP_47_CH2 = 'ch. 2, "Principles of Intensive Outpatient Treatment"';

/** What a principle's citation leaves unchecked when its heading was read in that list but its own text was not. */
const TIP_47_TEXT_NOT_READ = 'the heading was read in TIP 47\'s list (ch. 2); the principle\'s own text was not read, so the words are our reading of the heading';

/** What a principle's citation leaves unchecked when the list could not be read as far as its heading. */
const TIP_47_HEADING_NOT_READ = 'TIP 47\'s list (ch. 2, NCBI Bookshelf) could be read only as far as "11. Educat…": neither this heading nor the principle\'s text was read; the heading is ours, after secondary summaries that paraphrase TIP 47';

/**
 * TIP 47's principles of intensive outpatient treatment (chapter 2, "Principles
 * of Intensive Outpatient Treatment"), each with a short heading and, in our
 * words, what the principle asks of a program.
 *
 * Headings 1-10 are TIP 47's own words, read in chapter 2's numbered list on
 * NCBI Bookshelf, and the citation quotes them. The list could be read only as
 * far as "11. Educat…": headings 11-14 are ours (`ownHeading`), after secondary
 * summaries, and the citation does not quote them. No principle's own text was
 * read, so every entry says that its words are our reading. See docs/sources.md.
 */
export const TIP_47_PRINCIPLES: Readonly<Record<number, { heading: string; ownHeading?: true; words: string; unverified: string }>> = {
  1: { heading: 'Make treatment readily available', words: 'programs lower the barriers to entering treatment, including hours that fit clients\' work and family lives', unverified: TIP_47_TEXT_NOT_READ },
  2: { heading: 'Ease entry', words: 'entry is quick and simple, without long waits', unverified: TIP_47_TEXT_NOT_READ },
  3: { heading: 'Build on existing motivation', words: 'motivation is assessed and strengthened with motivational approaches', unverified: TIP_47_TEXT_NOT_READ },
  4: { heading: 'Enhance therapeutic alliance', words: 'a consistent counselor builds a working alliance with each client', unverified: TIP_47_TEXT_NOT_READ },
  5: { heading: 'Make retention a priority', words: 'programs act to keep clients in treatment', unverified: TIP_47_TEXT_NOT_READ },
  6: { heading: 'Assess and address individual treatment needs', words: 'an individualized plan built on assessment and revised as needs change', unverified: TIP_47_TEXT_NOT_READ },
  7: { heading: 'Provide ongoing care', words: 'continuing care after the intensive phase', unverified: TIP_47_TEXT_NOT_READ },
  8: { heading: 'Monitor abstinence', words: 'objective drug and alcohol testing throughout treatment', unverified: TIP_47_TEXT_NOT_READ },
  9: { heading: 'Use mutual-help and other community-based supports', words: 'clients are linked to mutual-help groups as a complement to treatment', unverified: TIP_47_TEXT_NOT_READ },
  10: { heading: 'Use medications if indicated', words: 'medications, including those for substance use disorders, are used when clinically indicated', unverified: TIP_47_TEXT_NOT_READ },
  11: { heading: 'Educate clients', ownHeading: true, words: 'psychoeducation about the disorder, recovery and relapse', unverified: TIP_47_HEADING_NOT_READ },
  12: { heading: 'Involve families, employers and significant others', ownHeading: true, words: 'families and other supports take part with the client\'s consent', unverified: TIP_47_HEADING_NOT_READ },
  13: { heading: 'Build evidence-based strategies into treatment', ownHeading: true, words: 'approaches with research support, avoiding those shown to harm', unverified: TIP_47_HEADING_NOT_READ },
  14: { heading: 'Improve program administration', ownHeading: true, words: 'programs measure outcomes and improve from them', unverified: TIP_47_HEADING_NOT_READ },
};

/** One of TIP 47's principles, cited by number and heading: quoted where the heading is TIP 47's own, named as a topic where it is ours. */
export function tip47(principle: number): SourceRef {
  const { heading, ownHeading, words, unverified } = TIP_47_PRINCIPLES[principle]!;
  const at = ownHeading ? `${TIP_47_CH2}, principle ${principle} (topic: ${heading})` : `${TIP_47_CH2}, principle ${principle}: "${heading}"`;
  return { basis: 'primary', work: TIP_47_WORK, at, words, unverified };
}

/** How the 2021 Advisory was read: what its citations leave unchecked. */
const ADVISORY_READ_IN = 'the text was read in third-party copies of the PDF (zlibrary.cc; info.5y1.org, which agrees as far as it could be read), not in SAMHSA\'s store; the publication number and year were not seen in the part read';

const SAMHSA_ADVISORY_2021_WORK = 'SAMHSA, Advisory: Clinical Issues in Intensive Outpatient Treatment for Substance Use Disorders, Pub. No. PEP20-02-01-021 (2021), based on TIP 47';

export const SAMHSA_ADVISORY_2021: SourceRef = {
  basis: 'primary',
  work: SAMHSA_ADVISORY_2021_WORK,
  at: 'opening paragraph (before "Key Messages")',
  words: 'IOP is a prearranged schedule of core services, for example individual counseling, group therapy, family psychoeducation and case management, for a minimum of 9 hours a week for adults or 6 for adolescents (the Advisory credits the figure to Mee-Lee et al. 2013, the ASAM Criteria)',
  unverified: ADVISORY_READ_IN,
};

/** The Advisory's key messages on treatment planning with the client. */
export const SAMHSA_ADVISORY_2021_SHARED_DECISIONS: SourceRef = {
  basis: 'primary',
  work: SAMHSA_ADVISORY_2021_WORK,
  at: '"Key Messages"',
  words: 'shared decision making is among the program features that improve engagement, retention and outcomes',
  unverified: ADVISORY_READ_IN,
};

export const JOINT_STATEMENT_WORK = 'ASAM, AAAP and APA, Public Policy Statement on the Relationship between Treatment and Self Help: A Joint Statement (adoption year not confirmed; given elsewhere as 1997)';

/**
 * One of the joint statement's minimum elements of professional treatment
 * ("Treatment involves, at minimum, the following elements", lettered a, b, c…).
 * Read: (a) a qualified professional is in charge of, and shares professional
 * responsibility for, the patient's overall care; (b) a thorough evaluation,
 * including diagnosis, stage and severity, and medical, psychiatric,
 * interpersonal and social problems; (c) a treatment plan based on the initial
 * assessment and the response to treatment over time. The elements after (c)
 * (referral responsibility, contact until recovery is stable, self-help as an
 * adjunct) were not read. See docs/sources.md.
 */
export function jointElement(element: string, words: string): SourceRef {
  return { basis: 'primary', work: JOINT_STATEMENT_WORK, at: `minimum elements of treatment: ${element}`, words };
}

/**
 * The joint committee's IOP figures (the 6-hour day, 6–30 contact hours, the
 * typical 90 days, family services, 24-hour emergency case management, medical
 * treatment as needed) are known only from a consumer web article describing the
 * committee's specifications; the committee's own document was not found.
 * Searching in verification found no ASAM/APA/AAAP committee document with these
 * figures; two accounts instead credit 6-30 hours and the 90-day minimum to TIP
 * 47 itself (see docs/sources.md). The 6-hour-day figure was not
 * found anywhere.
 */
export function jointCommitteeAsReported(words: string): SourceRef {
  return {
    basis: 'secondary',
    work: 'ASAM / APA / AAAP joint committee specifications for intensive outpatient programs, as reported by a secondary web account (consumer treatment-information article)',
    words,
    unverified: 'no document of such a joint committee was found; the figure is reported as the article states it (other accounts credit the 6-30 hours and 90 days to TIP 47; the 6-hour-day line was found in no source)',
  };
}

export const ASAM_CRITERIA_WORK = 'ASAM, The ASAM Criteria: Treatment Criteria for Addictive, Substance-Related, and Co-Occurring Conditions, 3rd edition (2013)';

export const ASAM_LEVEL_2_1: SourceRef = {
  basis: 'primary',
  work: ASAM_CRITERIA_WORK,
  at: 'Level 2.1, intensive outpatient services',
  words: '9 or more hours of service a week for adults, 6 or more for adolescents (generally up to 19)',
  unverified: 'the book was not read (not freely published); the 9/6 minimums were checked against SAMHSA\'s 2021 Advisory, which cites the Criteria (Mee-Lee et al. 2013); the "up to 19" ceiling only against state rules that adopt the levels (D.C. 22-A DCMR 6329.1, 2017 compilation; Ill. 77 Adm. Code 2060.410) and secondary summaries. A 4th edition of the Criteria (2023) exists and was not checked',
};

export const ASAM_LEVEL_2_5: SourceRef = {
  basis: 'primary',
  work: ASAM_CRITERIA_WORK,
  at: 'Level 2.5, partial hospitalization services',
  words: '20 or more hours of service a week',
  unverified: 'the book was not read (not freely published); the figure was checked only against secondary restatements and a state rule adopting the levels (Ill. 77 Adm. Code 2060.410), not the book. A 4th edition of the Criteria (2023) exists and was not checked',
};

/**
 * Where the Medicare paragraphs were read: an unofficial Markdown copy of the eCFR, whose
 * section notes end at the CY 2024 OPPS/ASC final rule. As far as other copies could be
 * read, they agree with it: §410.43(a) to (b)(2) with law.lawstack.com (marked verified
 * against eCFR.gov on June 20, 2026), §424.24(a) to (c)(3) with federal.elaws.us (Last
 * Updated November 8, 2024).
 */
const ECFR_COPY = 'read in an unofficial copy of the eCFR (GitHub, MichalOpoka/ecfr, text as amended to Nov. 22, 2023), not on ecfr.gov; later amendments were not checked';

export const MEDICARE_PHP_20_HOURS: SourceRef = {
  basis: 'primary',
  work: 'Code of Federal Regulations, Title 42, §410.43 (Partial hospitalization services: conditions and exclusions) and §424.24(e), as amended for CY 2024',
  at: '§410.43(c)(1); §424.24(e)(1)(i), content of the certification',
  words: 'partial hospitalization programs are meant for patients who need at least 20 hours a week of therapeutic services, as their plan of care shows; the physician certifies that need, and that without the program the patient would need inpatient psychiatric care',
  unverified: ECFR_COPY,
};

export const MEDICARE_IOP: SourceRef = {
  basis: 'primary',
  work: 'Code of Federal Regulations, Title 42, §410.44 (Intensive outpatient services: conditions and exclusions) and §424.24(d), in force from January 1, 2024 (CY 2024 OPPS/ASC final rule with comment period, Federal Register, Nov. 22, 2023; regulation text at 88 FR 82177 and 82182)',
  at: '§410.44(c)(1), the patients the programs are meant for; §424.24(d)(1)(i), content of the certification',
  words: 'intensive outpatient programs are meant for patients who need at least 9 hours a week of therapeutic services, as their plan of care shows, and a physician certifies that need',
  unverified: ECFR_COPY,
};

export const MEDICARE_CERTIFICATION: SourceRef = {
  basis: 'primary',
  work: 'Code of Federal Regulations, Title 42, §424.24 (Requirements for medical and other health services furnished by providers under Medicare Part B), as amended for CY 2024',
  at: '§424.24(d)(1), content of the certification for intensive outpatient services; §424.24(b), general rule',
  words: 'Medicare Part B pays for intensive outpatient services only if a physician certifies that the patient needs at least 9 hours of them a week, is under a physician\'s care, and is served under a written plan that meets §424.24(d)(2)',
  unverified: ECFR_COPY,
};

/** §424.24(b), read: the certification of every listed service, IOP's (d)(1) included, is a physician's. */
export const MEDICARE_CERTIFYING_PHYSICIAN: SourceRef = {
  basis: 'primary',
  work: 'Code of Federal Regulations, Title 42, §424.24 (Requirements for medical and other health services furnished by providers under Medicare Part B), as amended for CY 2024',
  at: '§424.24(b), general rule',
  words: 'Part B pays for these provider services only if a physician certifies the content of paragraph (c)(1) or (4), (d)(1) or (e)(1), as appropriate (no nonphysician practitioner is named for (d))',
};

export const MEDICARE_IOP_RECERTIFICATION: SourceRef = {
  basis: 'primary',
  work: 'Code of Federal Regulations, Title 42, §424.24(d)(3) (intensive outpatient services: recertification), as amended for CY 2024',
  at: '§424.24(d)(3)(ii), timing; (d)(3)(i), signature; (d)(3)(iii), content',
  words: 'a physician who treats the patient and knows how they respond to treatment recertifies the need at intervals the provider sets, no more than 60 days apart, stating that the patient still needs at least 9 hours a week; no separate date is set for the first recertification (partial hospitalization\'s is the 18th day, then every 30 days at most, §424.24(e)(3)(ii))',
  unverified: `${ECFR_COPY}. The statute (Social Security Act §1835(a)(2)(F), as amended by the Consolidated Appropriations Act, 2023, §4124), which accounts of the rule word as "every other month", was not read`,
};

export const MEDICARE_IOP_PLAN: SourceRef = {
  basis: 'primary',
  work: 'Code of Federal Regulations, Title 42, §424.24(d) (intensive outpatient services), with §410.44(a)(3), as amended for CY 2024',
  at: '§424.24(d)(1)(iii) and (d)(2), plan of treatment requirements',
  words: 'the services follow a written, individualized plan that a physician establishes, with the program\'s staff, and reviews from time to time; the plan gives the physician\'s diagnosis, the type, amount, duration and frequency of the services, and the treatment goals',
  unverified: ECFR_COPY,
};

export const MEDICARE_IOP_HOURS_BAND: SourceRef = {
  basis: 'secondary',
  work: 'Medicare\'s IOP benefit from January 1, 2024, as reported by secondary accounts: Noridian JE (Medicare contractor), "Intensive Outpatient Program (IOP)"; CHCS, "New changes to intensive outpatient program coverage" (2023); Hancock Daniel, Behavioral Health Newsletter (Nov. 2023)',
  words: 'Medicare\'s IOP covers 9 to 19 hours of services a week; 20 or more is partial hospitalization',
  unverified: 'the regulation sets no top for IOP: §410.44(c)(1) and §424.24(d)(1)(i) give only the 9-hour minimum, and 20 hours is the minimum of partial hospitalization (§410.43(c)(1); its certification, §424.24(e)(1)(i), also needs a patient who would otherwise need inpatient care). The 19-hour top is the contractors\' description; CMS\'s preamble and manual wording were not read',
};

export const MEDICARE_IOP_SERVICES: SourceRef = {
  basis: 'primary',
  work: 'Code of Federal Regulations, Title 42, §410.44 (Intensive outpatient services: conditions and exclusions), in force from January 1, 2024',
  at: '§410.44(a)(4)(v)',
  words: 'activity therapy is among the IOP services only when it is individualized and not mainly recreational or diversionary',
  unverified: `${ECFR_COPY}. A Medicare contractor (NGS, "Intensive Outpatient Program") adds that programs giving mainly social, recreational or diversionary activities are not IOPs; the statute was not read`,
};

export const MEDICARE_IOP_SETTINGS: SourceRef = {
  basis: 'primary',
  work: 'Social Security Act §1861(ff)(3), as amended by the Consolidated Appropriations Act, 2023, §4124; CY 2024 OPPS/ASC final rule (Federal Register, Nov. 22, 2023) and CY 2024 PFS final rule (opioid treatment programs)',
  at: 'definition of an intensive outpatient program and the settings that may furnish it (paragraphs not confirmed)',
  words: 'an intensive outpatient program is a distinct, organized ambulatory program giving less than 24-hour daily care other than in the patient\'s home or an inpatient or residential setting; hospital outpatient departments (critical access hospitals included), community mental health centers, federally qualified health centers, rural health clinics and, for opioid use disorder, opioid treatment programs may furnish it',
  unverified: 'neither the statute nor the payment rules for each setting were read; §410.44 (read in an unofficial copy of the eCFR) names no settings and says only that the patients do not need 24-hour care (§410.44(c)(3)). The definition is as Krieg DeVault and NARHC (Aug. 4, 2023, on the proposed rule) report it; the settings are as Medicare contractors list them (NGS: HOPD, CMHC, RHC, FQHC, OTP by type of bill; Noridian JE: the same and CAHs)',
};

export const MEDICARE_IOP_TELEHEALTH: SourceRef = {
  basis: 'secondary',
  work: 'As reported by Compliance Cosmos (Report on Medicare Compliance), "IOPs Are New Avenue for Patients, But Compare Rule to Manual for Compliance Sake" (2024), quoting a Sunstone Consulting specialist',
  words: 'Medicare does not pay for IOP services delivered virtually; the law that created the benefit does not provide for it, as for PHP',
  unverified: 'only the article\'s opening was read; CMS\'s own statement was not found',
};

export const NIDA_PRINCIPLES: SourceRef = {
  basis: 'primary',
  work: 'NIDA, Principles of Drug Addiction Treatment: A Research-Based Guide, 3rd edition (2012, revised 2018)',
  at: 'Principles of Effective Treatment, principle 5: "Remaining in treatment for an adequate period of time is critical"',
  words: 'staying in treatment long enough is critical; research indicates most patients need at least 3 months in treatment to significantly reduce or stop their drug use, and longer treatment gives the best outcomes',
  unverified: 'read from reproductions of NIDA\'s list (numbering and wording), not NIDA\'s own page; the archive copy of the 3rd edition (last updated January 2018) was read only to its preface',
};

export const NIDA_MEDICATIONS: SourceRef = {
  basis: 'primary',
  work: 'NIDA, Principles of Drug Addiction Treatment: A Research-Based Guide, 3rd edition (2012, revised 2018)',
  at: 'Principles of Effective Treatment, principle 7',
  words: 'medications are an important part of treatment for many patients, especially together with counseling and other behavioral therapies',
  unverified: 'read from a reproduction of NIDA\'s numbered list, not NIDA\'s own page',
};

export const JOINT_COMMISSION_SUICIDE: SourceRef = {
  basis: 'primary',
  work: 'The Joint Commission, National Patient Safety Goal NPSG.15.01.01 (behavioral health care and human services), revised goal in effect from July 1, 2019',
  at: 'EP 2',
  words: 'screen individuals for suicidal ideation using a validated screening tool',
  unverified: 'the standards manual was not read (not freely published); EP 2\'s behavioral-health wording ("Screen all individuals served for suicidal ideation using a validated screening tool") was checked on The Joint Commission\'s own website (Dateline @ TJC post, March 2022, and its standards FAQ); the R3 report was not read',
};

export const FORMAT: SourceRef = {
  basis: 'convention',
  work: 'iop-audit program document format, version 1',
  words: 'the schedule summary, the timetable and the services list describe the same program; the timetable wins for arithmetic',
};

/** The catalog's own choice, with its reason. */
export function convention(words: string): SourceRef {
  return { basis: 'convention', work: 'iop-audit catalog convention', words };
}

/** A source as one line of text: work, place, basis, and what was not checked. */
export function citeOne(source: SourceRef): string {
  const at = source.at ? `, ${source.at}` : '';
  const unverified = source.unverified ? ` (not verified: ${source.unverified})` : '';
  return `[${source.basis}] ${source.work}${at}: ${source.words}${unverified}`;
}

/** A rule's sources as the one-line citation reports show. */
export function cite(sources: readonly SourceRef[]): string {
  return sources.map(citeOne).join('; ');
}

/** A rule's basis: that of the source its requirement rests on, listed first. */
export function basisOf(sources: readonly SourceRef[]): Basis {
  return sources[0]?.basis ?? 'convention';
}
