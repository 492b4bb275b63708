import { ageOn, schoolYearOf } from '@careergraph/kit';
import { generatePlacementsWorld, generateStudentsWorld } from '@careergraph/demo-data';
import { DEFAULT_CHILD_LABOR_RULES, isoWeekOf } from '../config/child-labor-rules';
import { DEFAULT_HAZARDOUS_OCCUPATION_RULES } from '../config/hazardous-occupations';
import { checkEligibility, OPEN_FOR_ACTIVATION, peakConcurrent, trainingAgreementGap } from '../services/placement-eligibility';
import type { PlacementOpportunity, PlacementSupervisor } from '../owners/placements-owners';
import { partnersWorld } from '../../test/support/partners-world.fixture';
import { checkChildLabor, checkGeneralLimits, type EntryShape } from '../services/time-entry-rules';

const AS_OF = '2026-03-16';

describe('generatePlacementsWorld', () => {
  const students = generateStudentsWorld({ students: 300, asOf: AS_OF });
  const partners = partnersWorld();
  const world = generatePlacementsWorld(students, partners);
  const studentById = new Map(students.students.map((s) => [s.id, s]));
  const enrollmentsOf = new Map<string, typeof students.enrollments>();
  for (const e of students.enrollments) enrollmentsOf.set(e.studentId, [...(enrollmentsOf.get(e.studentId) ?? []), e]);

  it('is deterministic and covers every status across this and last school year', () => {
    expect(generatePlacementsWorld(students, partners)).toEqual(world);
    const statuses = new Set(world.placements.map((p) => p.status));
    expect([...statuses].sort()).toEqual(['ACCEPTED', 'ACTIVE', 'APPLIED', 'COMPLETED', 'DECLINED', 'OFFERED', 'TERMINATED', 'WITHDRAWN']);
    expect(new Set(world.placements.map((p) => p.schoolYear))).toEqual(new Set(['2024-2025', '2025-2026']));
    expect(new Set(world.timeEntries.map((t) => t.status))).toEqual(new Set(['APPROVED', 'SUBMITTED', 'REJECTED']));
    expect(world.evaluations.length).toBeGreaterThan(0);
    expect(world.reflections.length).toBeGreaterThan(0);
    const suspended = partners.partners.find((p) => p.status === 'SUSPENDED')!;
    expect(world.placements.some((p) => p.partnerId === suspended.id)).toBe(false);
  });

  it("has students' own applications with statements, waiting, offered, declined and withdrawn", () => {
    const own = world.placements.filter((p) => p.applicationStatement !== null);
    for (const status of ['APPLIED', 'OFFERED', 'DECLINED', 'WITHDRAWN']) expect(own.some((p) => p.status === status)).toBe(true);
    for (const p of own) expect(p.availability).toMatchObject({ weekdays: ['TUESDAY', 'THURSDAY', 'SATURDAY'], hoursPerWeek: 9 });
    // Only an application never offered is without a supervisor.
    for (const p of world.placements) expect(p.supervisorId === null).toBe(p.applicationStatement !== null && ['APPLIED', 'DECLINED'].includes(p.status));
  });

  it("snapshots each opportunity's program and its department, and shares contact details only under a signed agreement", () => {
    const program = students.programs[0];
    const withProgram = { ...partners, opportunities: partners.opportunities.map((o) => ({ ...o, programId: program.id })) };
    const placed = generatePlacementsWorld(students, withProgram).placements;
    expect(placed.length).toBeGreaterThan(0);
    // Recorded for the program's students that school year only; the others' placements are no program's.
    const inProgram = (p: (typeof placed)[number]) => (enrollmentsOf.get(p.studentId) ?? []).some((e) => e.programId === program.id && e.schoolYear === p.schoolYear);
    expect(placed.some(inProgram)).toBe(true);
    for (const p of placed) expect(`${p.programId}:${p.department}`).toBe(inProgram(p) ? `${program.id}:${program.department}` : 'null:null');
    expect(new Set(world.placements.map((p) => `${p.programId}:${p.department}`))).toEqual(new Set(['null:null']));
    for (const p of world.placements) expect(p.sharedStudentContact.length > 0).toBe(p.agreementSignedOn !== null);
    expect(new Set(world.placements.map((p) => p.sharedStudentContact.join('+')))).toEqual(new Set(['', 'EMAIL', 'EMAIL+PHONE']));
  });

  it('passes the reference checks, the training agreement and the slot limits', () => {
    const opportunities = new Map(partners.opportunities.map((o) => [o.id, o]));
    const held = new Map<string, number>();
    for (const placement of world.placements) {
      const o = opportunities.get(placement.opportunityId)!;
      const partner = partners.partners.find((p) => p.id === o.partnerId)!;
      // A student's own application has no supervisor until the partner offers it one.
      if (placement.supervisorId === null) expect(['APPLIED', 'DECLINED']).toContain(placement.status);
      const c = partners.contacts.find((x) => x.id === placement.supervisorId);
      const student = studentById.get(placement.studentId)!;
      const yearsAgo = schoolYearOf(AS_OF).startYear - schoolYearOf(placement.startDate).startYear;
      const opportunity: PlacementOpportunity = {
        ...o,
        status: o.status as PlacementOpportunity['status'],
        requiredClearance: o.requiredClearance as 'LEVEL_I',
        compensation: { kind: o.compensationKind as 'WAGE', hourlyRate: o.hourlyRate },
        partner: {
          id: partner.id,
          status: partner.status as 'ACTIVE',
          agreement: { signedOn: partner.agreementSignedOn!, expiresOn: partner.agreementExpiresOn! },
          insuranceExpiresOn: partner.insuranceExpiresOn,
          capacity: partner.capacity,
        },
        hazardousOccupation: null,
        worksite: null,
        program: o.programId ? { id: o.programId } : null,
      };
      const supervisor: PlacementSupervisor | null = c
        ? {
            id: c.id,
            partner: { id: c.partnerId },
            roles: c.roles as PlacementSupervisor['roles'],
            backgroundCheck: { level: c.clearanceLevel as 'LEVEL_I', status: c.clearanceStatus as 'CLEARED', expiresOn: c.clearanceExpiresOn },
          }
        : null;
      const fields = { student: 's', opportunity: 'o', supervisor: 'c', startDate: 'a', endDate: 'b' };
      const facts = {
        // As the student was when placed: enrolled, in the grade of that school year.
        student: {
          id: student.id,
          dateOfBirth: student.dateOfBirth,
          gradeLevel: student.gradeLevel - yearsAgo,
          enrollmentStatus: 'ENROLLED' as const,
          school: { id: student.schoolId },
          enrollments: (enrollmentsOf.get(student.id) ?? []).map((e) => ({ program: { id: e.programId }, schoolYear: e.schoolYear })),
        },
        opportunity,
        supervisor,
        startDate: placement.startDate,
        endDate: placement.endDate,
        // Standing as it was when the placement started.
        today: placement.startDate,
      };
      expect(() => checkEligibility(facts, fields, OPEN_FOR_ACTIVATION, DEFAULT_HAZARDOUS_OCCUPATION_RULES)).not.toThrow();
      expect(placement.schoolId).toBe(student.schoolId);
      // The opportunity's program is recorded only for a student enrolled in it that school year.
      if (placement.programId !== null) {
        expect(placement.programId).toBe(o.programId);
        expect(enrollmentsOf.get(student.id)?.some((e) => e.programId === placement.programId && e.schoolYear === placement.schoolYear)).toBe(true);
      }
      if (['ACTIVE', 'COMPLETED', 'TERMINATED'].includes(placement.status)) {
        const agreement = { ...placement, signedOn: placement.agreementSignedOn };
        const gap = trainingAgreementGap(agreement, ageOn(student.dateOfBirth, placement.startDate), placement.compensationKind !== 'UNPAID');
        expect(gap).toBeNull();
      }
      if (['OFFERED', 'ACCEPTED', 'ACTIVE', 'COMPLETED'].includes(placement.status)) held.set(o.id, (held.get(o.id) ?? 0) + 1);
    }
    for (const [id, n] of held) expect(n).toBeLessThanOrEqual(opportunities.get(id)!.slots);
    // No partner over its capacity on any day: each placement holding a place fits beside the others.
    const holding = world.placements.filter((p) => ['OFFERED', 'ACCEPTED', 'ACTIVE'].includes(p.status));
    for (const p of holding) {
      const others = holding.filter((q) => q.partnerId === p.partnerId && q.id !== p.id);
      const capacity = partners.partners.find((x) => x.id === p.partnerId)!.capacity;
      expect(peakConcurrent(others, p.startDate, p.endDate)).toBeLessThan(capacity);
    }
    const open = world.placements.filter((p) => ['APPLIED', 'OFFERED', 'ACCEPTED', 'ACTIVE'].includes(p.status));
    expect(new Set(open.map((p) => `${p.studentId}:${p.opportunityId}`)).size).toBe(open.length);
  });

  it('records hours that pass every hours rule, child labor limits included', () => {
    const placements = new Map(world.placements.map((p) => [p.id, p]));
    const accepted = new Map<string, (EntryShape & { placementId: string })[]>();
    const byDate = [...world.timeEntries].sort((a, b) => a.workDate.localeCompare(b.workDate));
    const fields = { start: 's', end: 'e', duration: 'd', mealBreak: 'm' };
    expect(byDate.length).toBeGreaterThan(100);
    for (const entry of byDate) {
      const placement = placements.get(entry.placementId)!;
      expect(['ACTIVE', 'COMPLETED', 'TERMINATED']).toContain(placement.status);
      expect(entry.workDate < AS_OF).toBe(true);
      expect(entry.workDate >= placement.startDate && entry.workDate <= placement.endDate).toBe(true);
      const prior = accepted.get(entry.studentId) ?? [];
      const week = isoWeekOf(entry.workDate);
      const sameWeek = prior.filter((e) => e.workDate >= week.monday && e.workDate <= week.sunday);
      const sameDay = sameWeek.filter((e) => e.workDate === entry.workDate);
      const placementWeek = sameWeek.filter((e) => e.placementId === entry.placementId).reduce((s, e) => s + e.durationMinutes, 0);
      expect(() => checkGeneralLimits(entry, sameDay, placementWeek, placement.weeklyHourCap, fields)).not.toThrow();
      if (ageOn(studentById.get(entry.studentId)!.dateOfBirth, entry.workDate) < 16) {
        expect(() => checkChildLabor(DEFAULT_CHILD_LABOR_RULES, entry, sameDay, sameWeek, fields)).not.toThrow();
      }
      if (entry.status !== 'REJECTED') accepted.set(entry.studentId, [...prior, entry]);
    }
    expect(world.timeEntries.some((t) => ageOn(studentById.get(t.studentId)!.dateOfBirth, t.workDate) < 16)).toBe(true);
  });
});
