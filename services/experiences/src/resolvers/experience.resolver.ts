import { isUuid } from '@careergraph/kit';
import type { ExperiencesContext } from '../context';
import { experienceStudentKey } from '../loaders';
import type {
  ExperienceAttendanceResolvers,
  ExperienceRegistrationResolvers,
  ExperienceResolvers,
  ExperienceTeamResolvers,
  StudentExperienceResolvers,
} from '../generated/graphql';

export const Experience: ExperienceResolvers = {
  __resolveReference: ({ id }, { loaders }) => (isUuid(id) ? loaders.experienceById.load(id) : null),
  school: (experience) => (experience.schoolId ? { id: experience.schoolId } : null),
  hosts: (experience) => experience.hostPartnerIds.map((id) => ({ id })),
  seatsTaken: (experience, _, { loaders }) => loaders.seatsTakenByExperience.load(experience.id),
  registrations: (experience, { first, after }, { loaders }) => loaders.registrationsByExperience(experience.id, null, { first, after }),
  attendance: (experience, { status, first, after }, { loaders }) => loaders.attendanceByExperience(experience.id, status ?? null, { first, after }),
  teams: (experience, _, { loaders }) => loaders.teamsByExperience.load(experience.id),
};

/** A row's experience (it exists: rows reference it) and student. */
const rowResolvers = {
  experience: async (row: { experienceId: string }, _: unknown, { loaders }: ExperiencesContext) => (await loaders.experienceById.load(row.experienceId))!,
  student: (row: { studentId: string }) => ({ id: row.studentId }),
};

export const ExperienceRegistration: ExperienceRegistrationResolvers = rowResolvers;

export const ExperienceAttendance: ExperienceAttendanceResolvers = rowResolvers;

export const ExperienceTeam: ExperienceTeamResolvers = {
  members: async (team, _, { loaders }) => (await loaders.membersByTeam.load(team.id)).map((member) => ({ id: member.studentId })),
};

/** One registration of a student's history, with what came of it. */
export const StudentExperience: StudentExperienceResolvers = {
  experience: rowResolvers.experience,
  registrationStatus: (registration) => registration.status,
  attendance: async (registration, _, { loaders }) =>
    (await loaders.attendanceByExperienceStudent.load(experienceStudentKey(registration.experienceId, registration.studentId)))?.status ?? null,
  team: (registration, _, { loaders }) => loaders.teamByExperienceStudent.load(experienceStudentKey(registration.experienceId, registration.studentId)),
};
