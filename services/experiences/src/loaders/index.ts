import { connectionLoader, entityLoader, groupLoader, type RowFilter, valueLoader } from '@careergraph/kit';
import type { ExperienceAttendanceEntity } from '../entities/experience-attendance.entity';
import type { ExperienceRegistrationEntity } from '../entities/experience-registration.entity';
import type { ExperienceTeamEntity } from '../entities/experience-team.entity';
import type { AttendanceStatus } from '../generated/graphql';
import type { ExperiencesRepositories } from '../repositories';
import { AttendanceRepository } from '../repositories/attendance.repository';
import { RegistrationRepository } from '../repositories/registration.repository';

/** The key of one student's row of one experience. */
export const experienceStudentKey = (experienceId: string, studentId: string) => `${experienceId}:${studentId}`;

/**
 * A fresh set per request, so no cached row outlives the request that read it; rosters are
 * narrowed to the caller's `rosterScope` in SQL.
 */
export function createExperiencesLoaders({ experiences, registrations, attendance, teams }: ExperiencesRepositories, rosterScope: RowFilter) {
  return {
    experienceById: entityLoader((ids) => experiences.findByIds(ids)),
    seatsTakenByExperience: valueLoader((ids) => registrations.seatsTakenByExperiences(ids), 0),
    registrationsByExperience: connectionLoader<ExperienceRegistrationEntity, null>({
      page: (ids, _filter, page) => registrations.pageByExperiences(ids, rosterScope, page),
      count: (ids) => registrations.countByExperiences(ids, rosterScope),
      parentOf: (row) => row.experienceId,
      cursorOf: RegistrationRepository.cursorOf,
      arity: 2,
    }),
    attendanceByExperience: connectionLoader<ExperienceAttendanceEntity, AttendanceStatus | null>({
      page: (ids, status, page) => attendance.pageByExperiences(ids, { status: status ?? undefined, scope: rosterScope }, page),
      count: (ids, status) => attendance.countByExperiences(ids, { status: status ?? undefined, scope: rosterScope }),
      parentOf: (row) => row.experienceId,
      cursorOf: AttendanceRepository.cursorOf,
      arity: 2,
    }),
    historyByStudent: connectionLoader<ExperienceRegistrationEntity, null>({
      page: (ids, _filter, page) => registrations.pageByStudents(ids, page),
      count: (ids) => registrations.countByStudents(ids),
      parentOf: (row) => row.studentId,
      cursorOf: RegistrationRepository.cursorOf,
      arity: 2,
    }),
    attendanceByExperienceStudent: entityLoader(
      (keys) => attendance.findByExperienceStudent(keys),
      (row) => experienceStudentKey(row.experienceId, row.studentId),
    ),
    teamByExperienceStudent: valueLoader<ExperienceTeamEntity | null>(
      async (keys) => new Map((await teams.findByExperienceStudent(keys)).map(({ key, team }) => [key, team])),
      null,
    ),
    teamsByExperience: groupLoader((ids) => teams.findByExperiences(ids), (team) => team.experienceId),
    membersByTeam: groupLoader((ids) => teams.findMembersByTeams(ids), (member) => member.teamId),
  };
}

export type ExperiencesLoaders = ReturnType<typeof createExperiencesLoaders>;
