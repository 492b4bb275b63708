import type { FieldError } from '../shared/graphql-client';
import type { StudentRecordQuery } from './student-record-operation';

type Student = NonNullable<StudentRecordQuery['student']>;

/** One table of the record: its heading, columns and rows of text (oldest school year first). */
export interface RecordSection {
  id: string;
  title: string;
  columns: string[];
  rows: string[][];
  /** Why the rows are missing: the part was withheld from this caller, or there is nothing recorded. */
  empty: string;
}

const dateOf = (value: unknown) => String(value).slice(0, 10);
const hours = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const words = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');
const yesNo = (value: boolean | null | undefined) => (value == null ? 'not shown' : value ? 'yes' : 'no');

/** What a withheld part says: the API's own reason (FORBIDDEN, or a subgraph that did not answer). */
function withheld(errors: FieldError[], field: string): string | undefined {
  const error = errors.find((e) => e.path?.[0] === 'student' && e.path[1] === field);
  if (!error) return undefined;
  return error.extensions?.code === 'FORBIDDEN' ? 'Not shown: your role may not see this part of the record.' : `Not shown: ${error.message}`;
}

/**
 * The record's tables from the StudentRecord answer: programs, placements (where and what, hours),
 * evaluations, group experiences, credentials and credit, readiness and the record of disclosures.
 */
export function recordSections(student: Student, errors: FieldError[]): RecordSection[] {
  const placements = student.placements ?? [];
  const section = (id: string, title: string, field: string, columns: string[], rows: string[][] | null, nothing: string): RecordSection => ({
    id,
    title,
    columns,
    rows: rows ?? [],
    empty: withheld(errors, field) ?? nothing,
  });
  return [
    section(
      'programs',
      'Programs',
      'enrollments',
      ['School year', 'Program', 'Career cluster', 'Perkins participant', 'Concentrator'],
      student.enrollments &&
        [...student.enrollments]
          .sort((a, b) => a.schoolYear.localeCompare(b.schoolYear) || a.program.name.localeCompare(b.program.name))
          .map((e) => [e.schoolYear, e.program.name, words(e.program.careerCluster), yesNo(e.participant), yesNo(e.concentrator)]),
      'No program enrollments recorded.',
    ),
    section(
      'placements',
      'Placements: where they worked and what they did',
      'placements',
      ['School year', 'Partner', 'Worksite', 'Opportunity', 'Continuum stage', 'CEDS type', 'Status', 'Dates', 'Hours approved'],
      student.placements &&
        [...placements]
          .sort((a, b) => a.schoolYear.localeCompare(b.schoolYear) || a.startDate.localeCompare(b.startDate))
          .map((p) => [
            p.schoolYear,
            p.partner?.name ?? 'not shown',
            p.worksite?.name ?? 'not shown',
            p.opportunity?.title ?? 'not shown',
            p.opportunity ? words(p.opportunity.continuumType) : 'not shown',
            p.opportunity ? words(p.opportunity.cedsType) : 'not shown',
            words(p.status),
            `${dateOf(p.startDate)} to ${dateOf(p.endDate)}`,
            hours.format(p.approvedHours),
          ]),
      'No placements recorded.',
    ),
    section(
      'evaluations',
      'Evaluations (1 to 4)',
      'placements',
      ['Date', 'Placement', 'Kind', 'Communication', 'Collaboration', 'Professionalism', 'Problem solving', 'Technical skills'],
      student.placements &&
        placements
          .flatMap((p) => p.evaluations.map((e) => ({ p, e })))
          .sort((a, b) => String(a.e.evaluatedAt).localeCompare(String(b.e.evaluatedAt)))
          .map(({ p, e }) => [
            dateOf(e.evaluatedAt),
            `${p.opportunity?.title ?? 'Placement'} (${p.partner?.name ?? p.schoolYear})`,
            words(e.kind),
            ...[e.communication, e.collaboration, e.professionalism, e.problemSolving, e.technicalSkills].map(String),
          ]),
      'No evaluations recorded.',
    ),
    section(
      'experiences',
      'Group experiences',
      'experiences',
      ['School year', 'Date', 'Experience', 'Kind', 'Continuum stage', 'Attendance'],
      student.experiences &&
        student.experiences.edges
          .map(({ node }) => node)
          .sort((a, b) => String(a.experience.startsAt).localeCompare(String(b.experience.startsAt)))
          .map((n) => [n.experience.schoolYear, dateOf(n.experience.startsAt), n.experience.title, words(n.experience.kind), words(n.experience.continuumStage), n.attendance ? words(n.attendance) : 'not taken']),
      'No group experiences recorded.',
    ),
    section(
      'credentials',
      'Credentials and credit',
      'credentials',
      ['Earned on', 'Credential', 'Type', 'Issuer', 'Verification', 'Credit hours'],
      student.credentials &&
        [...student.credentials]
          .sort((a, b) => a.earnedOn.localeCompare(b.earnedOn))
          .map((c) => [dateOf(c.earnedOn), c.credential.name, words(c.credential.type), c.credential.issuer?.name ?? 'not shown', words(c.verificationStatus), c.creditHoursEarned == null ? '–' : hours.format(c.creditHoursEarned)]),
      'No credentials recorded.',
    ),
    section(
      'readiness',
      'College readiness (the Roadmap)',
      'collegeReadiness',
      ['Subject', 'Eligible for college-level courses', 'Basis', 'As of'],
      student.collegeReadiness &&
        (
          [
            ['Math', student.collegeReadiness.math],
            ['English', student.collegeReadiness.english],
          ] as const
        ).map(([subject, d]) => (d ? [subject, yesNo(d.eligible), words(d.basis), dateOf(d.asOf)] : [subject, 'no determination', '–', '–'])),
      'No readiness determinations recorded.',
    ),
    section(
      'disclosures',
      'Record of disclosures',
      'disclosures',
      ['When', 'Recipient role', 'Recipient', 'Fields', 'Operation', 'Outcome'],
      student.disclosures &&
        student.disclosures.edges.map(({ node: d }) => [
          String(d.disclosedAt).replace('T', ' ').slice(0, 16),
          words(d.recipientRole),
          d.recipientSubject,
          d.fields.join(', '),
          d.operationName ?? '–',
          d.allowed ? 'disclosed' : 'refused',
        ]),
      'No disclosures recorded.',
    ),
  ];
}

/** The summary lines above the tables: school, grade, hours, early college credit and savings. */
export function recordSummary(student: Student): Array<[string, string]> {
  return [
    ['Student', student.preferredName ?? 'not shown'],
    ['School', student.school?.name ?? 'not shown'],
    ['Grade', student.gradeLevel == null ? 'not shown' : String(student.gradeLevel)],
    ['Graduating class', student.cohort == null ? 'not shown' : String(student.cohort)],
    ['Work-based learning hours approved', student.workBasedLearningHours == null ? 'not shown' : hours.format(student.workBasedLearningHours)],
    ['Early college credit hours', student.earlyCollegeCreditHours == null ? 'not shown' : hours.format(student.earlyCollegeCreditHours)],
    ['Estimated tuition savings', student.estimatedTuitionSavings == null ? 'not shown' : dollars.format(student.estimatedTuitionSavings)],
    ['Meets the advanced credit goal', yesNo(student.meetsAdvancedCreditGoal)],
  ];
}
