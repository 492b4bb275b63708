import { type EmittedEvent, parseId, parseReportingSetArguments, parseSchoolYear, studentReportingSnapshot, UserInputError } from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { ExperiencesContext } from '../context';
import type { ExperienceAttendanceEntity } from '../entities/experience-attendance.entity';
import type { ExperienceEntity } from '../entities/experience.entity';
import type { RecordExperienceAttendanceInput, RecordTeamChallengeResultsInput } from '../generated/graphql';
import { attendanceRecorderScope } from '../policy';
import type { ExperiencesRepositories } from '../repositories';
import type { AttendanceWrite } from '../repositories/attendance.repository';
import type { NewRegistration } from '../repositories/registration.repository';
import type { TeamWrite } from '../repositories/team.repository';
import { experienceLockKey } from './experience-lock';
import { checkAttendanceOpen, checkRoster, ineligibility } from './experience-rules';
import type { ExperienceService } from './experience.service';
import { requireStudents } from './student-directory';

export interface AttendanceRecorded {
  experience: ExperienceEntity;
  changed: number;
  walkIns: number;
}

/** Attendance by roster and team challenge results, recorded by staff who run the experience or its hosts. */
export class AttendanceService {
  constructor(
    private readonly repositories: ExperiencesRepositories,
    private readonly experiences: ExperienceService,
  ) {}

  /**
   * Of `studentIds`, experiences attended by the end of `schoolYear` (the College and Career
   * Pathway Endorsement), asked by the students subgraph: one statement.
   */
  attendedByStudent(schoolYear: string, studentIds: readonly string[]) {
    const { year, studentIds: ids } = parseReportingSetArguments(schoolYear, studentIds);
    return this.repositories.reporting.attendedByStudent(ids, year.lastDay);
  }

  /** The work-based learning metrics' attending students of up to 10 school years. */
  attendanceStudents(schoolYears: readonly string[]) {
    if (schoolYears.length > 10) throw new UserInputError('schoolYears', `at most 10 school years per call (${schoolYears.length} were given)`);
    const years = [...new Set(schoolYears.map((year) => parseSchoolYear('schoolYears', year).id))];
    return this.repositories.reporting.attendanceStudents(years);
  }

  /**
   * Records a roster: new rows and changed statuses are written (and audited), unchanged rows are
   * left alone, so re-sending a roster changes nothing. A PRESENT student without a registration is
   * a walk-in (career fairs have them): registered as WALK_IN if the experience is open to them,
   * beyond capacity since they came. Every row is checked before anything is written.
   */
  async record(input: RecordExperienceAttendanceInput, context: ExperiencesContext): Promise<AttendanceRecorded> {
    const rows = input.attendance.map((row, i) => ({ studentId: parseId(`input.attendance.${i}.studentId`, row.studentId), status: row.status }));
    checkRoster(rows.map((row) => row.studentId), (i) => `input.attendance.${i}.studentId`, 'input.attendance');
    const experience = await this.recordable(input.experienceId, context);
    // Before the transaction (the owner answers over HTTP): grade and school for walk-ins, the snapshot for new rows.
    const students = await requireStudents(context.owners, rows.map((row) => row.studentId), (i) => `input.attendance.${i}.studentId`);
    const { unitOfWork, registrations, attendance, reporting } = this.repositories;
    return unitOfWork.transaction(context, 'recordExperienceAttendance', async (tx, audit, emit) => {
      await unitOfWork.lock(tx, experienceLockKey(experience.id));
      const studentIds = rows.map((row) => row.studentId);
      const registered = new Set((await registrations.findForStudents(tx, experience.id, studentIds)).filter((r) => r.status === 'REGISTERED').map((r) => r.studentId));
      const recorded = new Map((await attendance.findForStudents(tx, experience.id, studentIds)).map((row) => [row.studentId, row]));
      const walkIns: NewRegistration[] = [];
      const writes: AttendanceWrite[] = [];
      rows.forEach((row, i) => {
        const student = students[i];
        if (!registered.has(row.studentId)) {
          const field = `input.attendance.${i}.studentId`;
          if (row.status !== 'PRESENT') {
            throw new UserInputError(field, `student ${row.studentId} is not registered; only a walk-in who came (PRESENT) is recorded without one`, { rule: 'NOT_REGISTERED' });
          }
          const refusal = ineligibility(experience, student);
          if (refusal) throw new UserInputError(field, `student ${row.studentId}: ${refusal.message}`, { rule: refusal.rule });
          walkIns.push({ studentId: row.studentId, schoolId: student.school.id, source: 'WALK_IN' });
        }
        if (recorded.get(row.studentId)?.status !== row.status) {
          writes.push({ id: randomUUID(), studentId: row.studentId, schoolId: student.school.id, status: row.status });
        }
      });
      const newRegistrations = await registrations.register(tx, experience.id, walkIns);
      const written = await attendance.write(tx, experience.id, writes, context.caller.subject);
      const byStudent = new Map(students.map((student) => [student.id, student]));
      // A row's first recording takes the student's snapshot (analytics); later changes keep it.
      const created = written.filter((row) => !recorded.has(row.studentId));
      await reporting.insertSnapshots(
        tx,
        created.map((row) => ({
          attendanceId: row.id,
          ...studentReportingSnapshot(byStudent.get(row.studentId)!, experience.schoolYear, experience.schoolId ?? row.schoolId),
        })),
      );
      audit(
        ...newRegistrations.map((after) => ({ entityType: 'ExperienceRegistration', entityId: after.id, action: 'WALKED_IN', before: null, after })),
        ...written.map((after) => {
          const before = recorded.get(after.studentId) ?? null;
          return { entityType: 'ExperienceAttendance', entityId: after.id, action: before ? 'CHANGED' : 'RECORDED', before, after };
        }),
      );
      if (written.length > 0) emit(attendanceRecordedEvent(experience, written));
      return { experience, changed: written.length, walkIns: newRegistrations.length };
    });
  }

  /** Replaces a team challenge's teams and results; every member attended (PRESENT) and is on one team. */
  async recordTeams(input: RecordTeamChallengeResultsInput, context: ExperiencesContext): Promise<ExperienceEntity> {
    const experience = await this.recordable(input.experienceId, context);
    if (experience.kind !== 'TEAM_CHALLENGE') {
      throw new UserInputError('input.experienceId', `a ${experience.kind} has no teams`, { rule: 'NOT_A_TEAM_CHALLENGE' });
    }
    const names = new Set<string>();
    const members = new Map<string, string>();
    const teams: TeamWrite[] = input.teams.map((team, i) => {
      const name = team.name.trim();
      if (!name) throw new UserInputError(`input.teams.${i}.name`, 'must not be empty');
      if (names.has(name.toLowerCase())) throw new UserInputError(`input.teams.${i}.name`, `two teams are named ${name}`, { rule: 'DUPLICATE_TEAM_NAME' });
      names.add(name.toLowerCase());
      if (team.memberIds.length === 0) throw new UserInputError(`input.teams.${i}.memberIds`, 'a team has at least one member', { rule: 'TEAM_WITHOUT_MEMBERS' });
      const memberIds = team.memberIds.map((id, j) => {
        const studentId = parseId(`input.teams.${i}.memberIds.${j}`, id);
        if (members.has(studentId)) {
          throw new UserInputError(`input.teams.${i}.memberIds.${j}`, `student ${studentId} is on team ${members.get(studentId)} too`, { rule: 'MEMBER_ON_TWO_TEAMS' });
        }
        members.set(studentId, name);
        return studentId;
      });
      if (team.rank != null && (!Number.isInteger(team.rank) || team.rank < 1)) throw new UserInputError(`input.teams.${i}.rank`, 'must be 1 or more');
      if (team.score != null && !Number.isFinite(team.score)) throw new UserInputError(`input.teams.${i}.score`, 'must be a number');
      return { id: randomUUID(), experienceId: experience.id, name, rank: team.rank ?? null, score: team.score ?? null, notes: team.notes?.trim() || null, memberIds };
    });
    const { unitOfWork, attendance, teams: teamRepository } = this.repositories;
    return unitOfWork.transaction(context, 'recordTeamChallengeResults', async (tx, audit) => {
      await unitOfWork.lock(tx, experienceLockKey(experience.id));
      const present = await attendance.presentAmong(tx, experience.id, [...members.keys()]);
      const absent = [...members.keys()].find((id) => !present.has(id));
      if (absent) {
        const i = teams.findIndex((team) => team.memberIds.includes(absent));
        const j = teams[i].memberIds.indexOf(absent);
        throw new UserInputError(`input.teams.${i}.memberIds.${j}`, `student ${absent} did not attend (no PRESENT attendance)`, { rule: 'MEMBER_NOT_ATTENDING' });
      }
      const before = await teamRepository.findWithMembers(tx, experience.id);
      await teamRepository.replace(tx, experience.id, teams);
      audit({ entityType: 'Experience', entityId: experience.id, action: 'TEAM_RESULTS_RECORDED', before: { teams: before }, after: { teams } });
      return experience;
    });
  }

  /** The experience, refused unless the caller records its attendance and it has started. */
  private async recordable(rawId: string, context: ExperiencesContext): Promise<ExperienceEntity> {
    const experience = await this.experiences.existing(rawId, 'input.experienceId');
    await attendanceRecorderScope.require(context, experience, { field: 'input.experienceId', what: `experience ${experience.id}` });
    checkAttendanceOpen(experience);
    return experience;
  }
}

/**
 * One event per call that changed something, routed by the experience's school (its hosts learn of
 * it through the graph): ids and statuses only.
 */
function attendanceRecordedEvent(experience: ExperienceEntity, written: readonly ExperienceAttendanceEntity[]): EmittedEvent {
  return {
    type: 'experience.attendance-recorded',
    subjectType: 'Experience',
    subjectId: experience.id,
    partnerId: null,
    studentId: null,
    schoolId: experience.schoolId,
    data: { experienceId: experience.id, attendance: written.map((row) => ({ studentId: row.studentId, status: row.status })) },
  };
}
