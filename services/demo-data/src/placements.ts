import { ageOn, deterministicUuid, SeededRandom, schoolYearOf } from '@careergraph/kit';
import type { DemoContact, DemoOpportunity, DemoPartner, PartnersWorld } from './partners-world';
import { type DemoStudent, gradeInYear, type StudentsWorld } from './students';

export interface DemoPlacement {
  id: string;
  studentId: string;
  opportunityId: string;
  partnerId: string;
  worksiteId: string | null;
  /** Null for a student's own application the partner has not offered (or declined without offering). */
  supervisorId: string | null;
  schoolId: string;
  /** The opportunity's program, when the student is enrolled in it that school year, and that program's department (snapshots). */
  programId: string | null;
  department: string | null;
  schoolYear: string;
  status: string;
  startDate: string;
  endDate: string;
  plannedHours: number;
  compensationKind: string;
  hourlyRate: number | null;
  transportationSupport: string;
  agreementSignedOn: string | null;
  parentConsentOn: string | null;
  employmentCertificateOn: string | null;
  weeklyHourCap: number | null;
  /** Student contact details the training agreement shares with the partner. */
  sharedStudentContact: string[];
  /** What the student wrote when they applied themselves (applyToOpportunity); null when staff placed them. */
  applicationStatement: string | null;
  /** When the student said they can work, for a student's own application. */
  availability: { weekdays: string[]; hoursPerWeek: number; notes: string | null } | null;
  applicationKey: string | null;
}

export interface DemoPlacementStatusChange {
  id: string;
  placementId: string;
  fromStatus: string | null;
  toStatus: string;
  changedBy: string;
  changedAt: string;
  reason: string | null;
}

export interface DemoTimeEntry {
  id: string;
  placementId: string;
  studentId: string;
  workDate: string;
  startMinute: number;
  endMinute: number;
  mealBreakMinutes: number;
  durationMinutes: number;
  activityNotes: string;
  status: string;
  rejectionReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  idempotencyKey: string;
  submittedBy: string;
  submittedAt: string;
}

export interface DemoEvaluation {
  id: string;
  placementId: string;
  kind: string;
  communication: number;
  collaboration: number;
  professionalism: number;
  problemSolving: number;
  technicalSkills: number;
  comments: string | null;
  evaluatedBy: string;
  evaluatedAt: string;
}

export interface DemoReflection {
  placementId: string;
  text: string;
  updatedAt: string;
}

export interface PlacementsWorld {
  placements: DemoPlacement[];
  statusChanges: DemoPlacementStatusChange[];
  timeEntries: DemoTimeEntry[];
  evaluations: DemoEvaluation[];
  reflections: DemoReflection[];
}

/** A weekly shift: the day of the week (0 = Sunday) and its minutes after midnight. */
export interface PlacementShift {
  weekday: number;
  start: number;
  end: number;
}

/**
 * The weekly schedule every demo placement follows: two weekday afternoons (2.5 h, 15:30–18:00)
 * and a Saturday morning (4 h, 09:00–13:00), 9 h a week. It fits the strictest rules there are —
 * the under-16 child labor limits on school days and weeks, the 07:00–19:00 window, no meal break
 * needed — and the 10-hour weekly cap every demo training agreement sets.
 */
const SHIFTS: readonly PlacementShift[] = [
  { weekday: 2, start: 15 * 60 + 30, end: 18 * 60 },
  { weekday: 4, start: 15 * 60 + 30, end: 18 * 60 },
  { weekday: 6, start: 9 * 60, end: 13 * 60 },
];
export const DEMO_WEEKLY_HOUR_CAP = 10;
const ABSENCE_RATE = 0.15;
const SLOT_CONSUMING = ['OFFERED', 'ACCEPTED', 'ACTIVE', 'COMPLETED'];
/** Statuses that hold a place within the partner's capacity. */
const CAPACITY_HOLDING = ['OFFERED', 'ACCEPTED', 'ACTIVE'];
/** Status mixes by where the opportunity's dates lie relative to the world's "as of" day. */
const ENDED = ['COMPLETED', 'COMPLETED', 'COMPLETED', 'TERMINATED', 'WITHDRAWN', 'DECLINED'];
const RUNNING = ['ACTIVE', 'ACTIVE', 'ACTIVE', 'APPLIED', 'OFFERED', 'ACCEPTED', 'WITHDRAWN', 'DECLINED'];
const UPCOMING = ['APPLIED', 'OFFERED', 'ACCEPTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'];
const PATHS: Record<string, string[]> = {
  APPLIED: ['APPLIED'],
  OFFERED: ['APPLIED', 'OFFERED'],
  ACCEPTED: ['APPLIED', 'OFFERED', 'ACCEPTED'],
  ACTIVE: ['APPLIED', 'OFFERED', 'ACCEPTED', 'ACTIVE'],
  COMPLETED: ['APPLIED', 'OFFERED', 'ACCEPTED', 'ACTIVE', 'COMPLETED'],
  TERMINATED: ['APPLIED', 'OFFERED', 'ACCEPTED', 'ACTIVE', 'TERMINATED'],
  DECLINED: ['APPLIED', 'DECLINED'],
  WITHDRAWN: ['APPLIED', 'OFFERED', 'WITHDRAWN'],
};
const REASONS: Record<string, string[]> = {
  DECLINED: ['Position filled by another candidate', 'Schedule conflicts with classes'],
  WITHDRAWN: ['Family moved out of the district', 'Student chose another opportunity'],
  TERMINATED: ['Repeated unexcused absences', 'Worksite closed for renovation'],
};
/** What students wrote applying themselves; a partner reads it beside their grade and school. */
const STATEMENTS = [
  'I have fixed bikes with my uncle for years and want to learn how a real shop runs.',
  'I am in the robotics club and want to see how engineers work on a team.',
  'I want to study nursing and would like to see a clinic from the inside.',
  'I am good with customers from my weekend job and want to learn the business side.',
];
const AVAILABILITY_NOTES = ['After 3:30 pm on school days', 'No Saturdays during basketball season', null];
const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
/** Statuses a student's own application reaches without an offer, so still without a supervisor. */
const NOT_OFFERED = ['APPLIED', 'DECLINED'];
const TRANSPORT = ['NONE', 'TRANSIT_PASS', 'TRANSIT_PASS', 'DISTRICT_TRANSPORT', 'MILEAGE_REIMBURSEMENT'];
const ACTIVITIES = ['Shadowed the lead technician', 'Inventory and safety walk-through', 'Customer intake', 'Project work with the team', 'Tool training'];
const REFLECTIONS = [
  'I learned how a real team plans its week and how to ask for help early.',
  'Working with customers made me more confident speaking up.',
  'I want to study this field after graduation; the safety training was eye-opening.',
];
export interface PlacementsWorldOptions {
  /** The share of students who apply anywhere (each has at most one placement per school year). Default 0.35. */
  placedShare?: number;
  /** How many school years before this one placements reach back to. Default 1. */
  pastYears?: number;
  /** How placements whose opportunity has ended turned out, cycled per opportunity. Default: half completed. */
  endedOutcomes?: string[];
  /**
   * Draw each student's candidate opportunities one by one instead of shuffling the whole list:
   * the district's thousands of opportunities would make a shuffle per student take minutes. The
   * demo keeps its shuffle, so its data stay as they are.
   */
  drawCandidates?: boolean;
  /**
   * The weekly schedule of every placement, at most one shift a day, and the weekly hour cap its
   * training agreement sets (at least the schedule's hours). Default: the demo's 9-hour week
   * under a 10-hour cap.
   */
  schedule?: { shifts: readonly PlacementShift[]; weeklyHourCap: number };
  /** The chance a scheduled shift goes unworked (no time entry). Default 0.15. */
  absenceRate?: number;
}
const SYSTEM = 'demo-seed';

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function at(date: string, hour = 12): string {
  return `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
}

function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** LEVEL_I covers LEVEL_I and LEVEL_II activities; LEVEL_II covers only LEVEL_II. */
function clearanceCovers(held: string | null, required: string): boolean {
  return held === 'LEVEL_I' || (held === 'LEVEL_II' && required === 'LEVEL_II');
}

function partnerCovers(partner: DemoPartner, start: string, end: string): boolean {
  return (
    partner.status === 'ACTIVE' &&
    partner.agreementSignedOn !== null &&
    partner.agreementExpiresOn !== null &&
    partner.agreementSignedOn <= start &&
    partner.agreementExpiresOn >= end &&
    partner.insuranceExpiresOn !== null &&
    partner.insuranceExpiresOn >= start
  );
}

function canSupervise(contact: DemoContact, opportunity: DemoOpportunity, start: string): boolean {
  return (
    contact.partnerId === opportunity.partnerId &&
    contact.roles.includes('SUPERVISOR') &&
    contact.clearanceStatus === 'CLEARED' &&
    (contact.clearanceExpiresOn === null || contact.clearanceExpiresOn >= start) &&
    clearanceCovers(contact.clearanceLevel, opportunity.requiredClearance)
  );
}

/** The student's grade in the school year a date falls in (grades advance each July; above 12 once graduated). */
function gradeOn(student: DemoStudent, date: string): number {
  return gradeInYear(student, schoolYearOf(date).startYear);
}

/**
 * The placements slice of the demo world, built on the students and partners slices: the same
 * output for the same inputs. Every placement passes the rules the placements service enforces
 * (age, grade, clearance, partner agreement and insurance, slots, the partner's capacity, the
 * program recorded only for its students, one open placement per student and opportunity) and
 * every time entry the hours rules (dates, no future, no overlap, weekly cap, child labor limits
 * for students under 16).
 */
export function generatePlacementsWorld(students: StudentsWorld, partners: PartnersWorld, options: PlacementsWorldOptions = {}): PlacementsWorld {
  const placedShare = options.placedShare ?? 0.35;
  const pastYears = options.pastYears ?? 1;
  const ended = options.endedOutcomes ?? ENDED;
  const random = new SeededRandom('careergraph-demo-placements');
  const { asOf } = students;
  const current = schoolYearOf(asOf);
  const partnerById = new Map(partners.partners.map((p) => [p.id, p]));
  const departmentOf = new Map(students.programs.map((p) => [p.id, p.department as string]));
  const world: PlacementsWorld = { placements: [], statusChanges: [], timeEntries: [], evaluations: [], reflections: [] };
  const slotsHeld = new Map<string, number>();
  // Date ranges of each partner's placements holding a place within its capacity.
  const capacityHeld = new Map<string, { startDate: string; endDate: string }[]>();
  const enrolled = new Set(students.enrollments.map((e) => `${e.studentId}:${e.programId}:${e.schoolYear}`));

  const contactsOf = new Map<string, DemoContact[]>();
  for (const contact of partners.contacts) contactsOf.set(contact.partnerId, [...(contactsOf.get(contact.partnerId) ?? []), contact]);
  // Who may supervise each opportunity from its first day, in the order of the partners world.
  const supervisors = new Map<string, DemoContact[]>();
  for (const o of partners.opportunities) {
    supervisors.set(o.id, (contactsOf.get(o.partnerId) ?? []).filter((c) => canSupervise(c, o, o.startDate)));
  }
  // Opportunities of this school year and `pastYears` before it whose partner covered their whole run.
  const opportunities = partners.opportunities.filter((o) => {
    const year = schoolYearOf(o.startDate).startYear;
    const partner = partnerById.get(o.partnerId);
    return (
      ['PUBLISHED', 'CLOSED'].includes(o.status) &&
      year <= current.startYear &&
      year >= current.startYear - pastYears &&
      !!partner &&
      partnerCovers(partner, o.startDate, o.endDate) &&
      supervisors.get(o.id)!.length > 0
    );
  });
  if (opportunities.length === 0) return world;
  // Students in a program try one of its opportunities first, so department staff have placements to see.
  const byProgram = new Map<string, DemoOpportunity[]>();
  for (const o of opportunities) if (o.programId !== null) (byProgram.get(o.programId) ?? byProgram.set(o.programId, []).get(o.programId)!).push(o);
  const programsOf = new Map<string, string[]>();
  for (const e of students.enrollments) {
    if (byProgram.has(e.programId)) (programsOf.get(e.studentId) ?? programsOf.set(e.studentId, []).get(e.studentId)!).push(e.programId);
  }
  const buckets = new Map<DemoOpportunity, number>();
  const hours: HoursPlan = {
    shifts: options.schedule?.shifts ?? SHIFTS,
    weeklyHourCap: options.schedule?.weeklyHourCap ?? DEMO_WEEKLY_HOUR_CAP,
    absenceRate: options.absenceRate ?? ABSENCE_RATE,
  };

  students.students.forEach((student, i) => {
    if (!random.chance(placedShare)) return;
    // One placement per school year, never overlapping another, so hours never collide.
    const taken: { schoolYear: string; startDate: string; endDate: string }[] = [];
    const count = Math.min(3, opportunities.length);
    const drawn = options.drawCandidates ? drawDistinct(random, opportunities, count) : random.sample(opportunities, count);
    const programs = programsOf.get(student.id);
    const own = programs ? random.pick(byProgram.get(random.pick(programs))!) : null;
    const candidates = own ? [own, ...drawn.filter((o) => o !== own)] : drawn;
    for (const opportunity of candidates) {
      const schoolYear = schoolYearOf(opportunity.startDate).id;
      const clash = taken.some((t) => t.schoolYear === schoolYear || (t.startDate <= opportunity.endDate && opportunity.startDate <= t.endDate));
      if (clash) continue;
      const start = opportunity.startDate;
      if (ageOn(student.dateOfBirth, start) < opportunity.minimumAge) continue;
      if (!opportunity.gradeLevels.includes(gradeOn(student, start))) continue;
      const mix = opportunity.endDate < asOf ? ended : opportunity.startDate <= asOf ? RUNNING : UPCOMING;
      const turn = buckets.get(opportunity) ?? 0;
      buckets.set(opportunity, turn + 1);
      let status = mix[(turn + i) % mix.length];
      if (status === 'ACTIVE' && opportunity.startDate > asOf) status = 'ACCEPTED';
      if (SLOT_CONSUMING.includes(status)) {
        const held = slotsHeld.get(opportunity.id) ?? 0;
        if (held >= opportunity.slots) status = opportunity.endDate < asOf ? 'DECLINED' : 'APPLIED';
        else slotsHeld.set(opportunity.id, held + 1);
      }
      if (CAPACITY_HOLDING.includes(status)) {
        const held = capacityHeld.get(opportunity.partnerId) ?? [];
        // Overlapping ranges bound the partner's peak from above, so staying under capacity here keeps every day under it.
        const overlapping = held.filter((r) => r.startDate <= opportunity.endDate && opportunity.startDate <= r.endDate).length;
        if (overlapping >= partnerById.get(opportunity.partnerId)!.capacity) {
          slotsHeld.set(opportunity.id, slotsHeld.get(opportunity.id)! - 1);
          status = 'APPLIED';
        } else capacityHeld.set(opportunity.partnerId, [...held, { startDate: opportunity.startDate, endDate: opportunity.endDate }]);
      }
      taken.push({ schoolYear, startDate: opportunity.startDate, endDate: opportunity.endDate });
      // The placement records the opportunity's program only for a student enrolled in it that year.
      const programId = opportunity.programId !== null && enrolled.has(`${student.id}:${opportunity.programId}:${schoolYear}`) ? opportunity.programId : null;
      addPlacement(world, random, student, opportunity, programId, status, asOf, supervisors.get(opportunity.id)!, departmentOf, hours);
    }
  });
  return world;
}

function addPlacement(
  world: PlacementsWorld,
  random: SeededRandom,
  student: DemoStudent,
  opportunity: DemoOpportunity,
  programId: string | null,
  status: string,
  asOf: string,
  supervisors: DemoContact[],
  departmentOf: Map<string, string>,
  hours: HoursPlan,
): void {
  const id = deterministicUuid('placement', `${student.id}:${opportunity.id}`);
  const { startDate, endDate } = opportunity;
  const supervisor = random.pick(supervisors);
  const age = ageOn(student.dateOfBirth, startDate);
  const paid = opportunity.compensationKind !== 'UNPAID';
  const signed = ['ACCEPTED', 'ACTIVE', 'COMPLETED', 'TERMINATED'].includes(status) || (status === 'WITHDRAWN' && random.chance(0.5));
  const agreementDay = addDays(startDate, -14);
  const weeks = Math.max(1, Math.round((Date.parse(endDate) - Date.parse(startDate)) / (7 * 86_400_000)));
  const applied = application(id, hours.shifts);
  world.placements.push({
    id,
    studentId: student.id,
    opportunityId: opportunity.id,
    partnerId: opportunity.partnerId,
    worksiteId: opportunity.worksiteId,
    supervisorId: applied.applicationStatement !== null && NOT_OFFERED.includes(status) ? null : supervisor.id,
    schoolId: student.schoolId,
    programId,
    department: programId ? (departmentOf.get(programId) ?? null) : null,
    schoolYear: schoolYearOf(startDate).id,
    status,
    startDate,
    endDate,
    plannedHours: Math.min(weeks * weeklyHours(hours.shifts), 400),
    compensationKind: opportunity.compensationKind,
    hourlyRate: paid ? opportunity.hourlyRate : null,
    transportationSupport: random.pick(TRANSPORT),
    agreementSignedOn: signed ? agreementDay : null,
    parentConsentOn: signed && age < 18 ? agreementDay : null,
    employmentCertificateOn: signed && age < 16 && paid ? agreementDay : null,
    weeklyHourCap: signed ? hours.weeklyHourCap : null,
    sharedStudentContact: signed ? sharedContactOf(id) : [],
    ...applied,
  });

  // The history, dated backwards from the start; the ending lands at the end or midway.
  const path = PATHS[status];
  const midway = addDays(startDate, Math.floor(weeks * 3.5));
  const stepDate = (step: string, n: number) =>
    step === 'COMPLETED' ? endDate : step === 'TERMINATED' ? midway : step === 'ACTIVE' ? startDate : addDays(startDate, -30 + n * 7);
  path.forEach((step, n) => {
    world.statusChanges.push({
      id: deterministicUuid('placement-status', `${id}:${n}`),
      placementId: id,
      fromStatus: n === 0 ? null : path[n - 1],
      toStatus: step,
      changedBy: SYSTEM,
      changedAt: at(minDate(stepDate(step, n), asOf), 9 + n),
      reason: REASONS[step] ? random.pick(REASONS[step]) : null,
    });
  });
  if (!['ACTIVE', 'COMPLETED', 'TERMINATED'].includes(status)) return;

  // Hours: the weekly shifts from the start to the last day worked, never today or later.
  const lastWorked = minDate(status === 'TERMINATED' ? midway : endDate, addDays(asOf, -1));
  for (let day = startDate; day <= lastWorked; day = addDays(day, 1)) {
    const shift = hours.shifts.find((s) => s.weekday === weekdayOf(day));
    if (!shift || random.chance(hours.absenceRate)) continue;
    const recent = day > addDays(asOf, -10) && status === 'ACTIVE';
    const rejected = !recent && random.chance(0.04);
    const entryStatus = recent ? 'SUBMITTED' : rejected ? 'REJECTED' : 'APPROVED';
    const decidedOn = minDate(addDays(day, 3), addDays(asOf, -1));
    world.timeEntries.push({
      id: deterministicUuid('time-entry', `${id}:${day}`),
      placementId: id,
      studentId: student.id,
      workDate: day,
      startMinute: shift.start,
      endMinute: shift.end,
      mealBreakMinutes: 0,
      durationMinutes: shift.end - shift.start,
      activityNotes: random.pick(ACTIVITIES),
      status: entryStatus,
      rejectionReason: rejected ? 'Hours not on the agreed schedule' : null,
      decidedBy: recent ? null : supervisor.email,
      decidedAt: recent ? null : at(decidedOn, 17),
      idempotencyKey: `demo-${day}`,
      submittedBy: SYSTEM,
      submittedAt: at(day, 20),
    });
  }

  const evaluate = (kind: string, on: string) =>
    world.evaluations.push({
      id: deterministicUuid('evaluation', `${id}:${kind}`),
      placementId: id,
      kind,
      communication: random.int(2, 4),
      collaboration: random.int(2, 4),
      professionalism: random.int(1, 4),
      problemSolving: random.int(2, 4),
      technicalSkills: random.int(1, 4),
      comments: random.chance(0.6) ? 'Shows up prepared and asks good questions.' : null,
      evaluatedBy: supervisor.email,
      evaluatedAt: at(on, 16),
    });
  if (midway < asOf) evaluate('MIDPOINT', midway);
  if (status === 'COMPLETED') {
    evaluate('FINAL', endDate);
    world.reflections.push({ placementId: id, text: random.pick(REFLECTIONS), updatedAt: at(minDate(addDays(endDate, 3), asOf), 19) });
  }
}

interface HoursPlan {
  shifts: readonly PlacementShift[];
  weeklyHourCap: number;
  absenceRate: number;
}

function weeklyHours(shifts: readonly PlacementShift[]): number {
  return shifts.reduce((sum, s) => sum + s.end - s.start, 0) / 60;
}

/** `count` distinct items, drawn one at a time. */
function drawDistinct<T>(random: SeededRandom, items: readonly T[], count: number): T[] {
  const picked = new Set<number>();
  while (picked.size < count) picked.add(random.int(0, items.length - 1));
  return [...picked].map((i) => items[i]);
}

/**
 * Agreements share the student's email, and about a third also the phone. Read from the id rather
 * than the random stream, so the rest of the demo world stays as it was.
 */
function sharedContactOf(placementId: string): string[] {
  return parseInt(placementId.slice(-2), 16) % 3 === 0 ? ['EMAIL', 'PHONE'] : ['EMAIL'];
}

/**
 * About half the placements began as the student's own application (applyToOpportunity), with a
 * statement and the demo schedule as availability. Read from the id rather than the random stream,
 * so the rest of the demo world stays as it was.
 */
function application(placementId: string, shifts: readonly PlacementShift[]): Pick<DemoPlacement, 'applicationStatement' | 'availability' | 'applicationKey'> {
  const n = parseInt(placementId.slice(-4, -2), 16);
  if (n % 2 === 1) return { applicationStatement: null, availability: null, applicationKey: null };
  return {
    applicationStatement: STATEMENTS[(n >> 1) % STATEMENTS.length],
    availability: {
      weekdays: shifts.map((s) => WEEKDAYS[s.weekday]),
      hoursPerWeek: weeklyHours(shifts),
      notes: AVAILABILITY_NOTES[(n >> 3) % AVAILABILITY_NOTES.length],
    },
    applicationKey: null,
  };
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
