import { bulkInsert, type Logger } from '@careergraph/kit';
import { demoReportingSnapshots, type ExperiencesWorld, generateExperiencesWorld, type PartnersWorld, type StudentsWorld } from '@careergraph/demo-data';
import type { DataSource } from 'typeorm';
import {
  AttendanceReportingSnapshotEntity,
  ExperienceAttendanceEntity,
  ExperienceEntity,
  ExperienceRegistrationEntity,
  ExperienceTeamEntity,
  ExperienceTeamMemberEntity,
} from '../entities';

/**
 * Loads the experiences slice of the demo world in one transaction, once: a schema that already has
 * experiences is left alone, so a restart keeps whatever the demo user changed. Each attendance row
 * gets the reporting snapshot the service would have taken when it was recorded.
 */
export async function seedExperiencesDemo(
  dataSource: DataSource,
  logger: Logger,
  world: { students: StudentsWorld; partners: PartnersWorld },
): Promise<boolean> {
  if ((await dataSource.getRepository(ExperienceEntity).count()) > 0) return false;
  const slice = generateExperiencesWorld(world.students, world.partners);
  await loadExperiencesWorld(dataSource, slice, world.students);
  logger.info({ experiences: slice.experiences.length, registrations: slice.registrations.length, attendance: slice.attendance.length }, 'demo data seeded');
  return true;
}

async function loadExperiencesWorld(dataSource: DataSource, slice: ExperiencesWorld, students: StudentsWorld): Promise<void> {
  const snapshotOf = demoReportingSnapshots(students);
  const experienceById = new Map(slice.experiences.map((experience) => [experience.id, experience]));
  await dataSource.transaction(async (manager) => {
    await bulkInsert(manager, ExperienceEntity, slice.experiences as ExperienceEntity[]);
    await bulkInsert(manager, ExperienceRegistrationEntity, slice.registrations);
    await bulkInsert(manager, ExperienceAttendanceEntity, slice.attendance);
    await bulkInsert(manager, ExperienceTeamEntity, slice.teams.map(({ memberIds: _members, ...team }) => team));
    await bulkInsert(
      manager,
      ExperienceTeamMemberEntity,
      slice.teams.flatMap((team) => team.memberIds.map((studentId) => ({ experienceId: team.experienceId, studentId, teamId: team.id }))),
    );
    await bulkInsert(
      manager,
      AttendanceReportingSnapshotEntity,
      slice.attendance.map((row) => {
        const experience = experienceById.get(row.experienceId)!;
        return { attendanceId: row.id, ...snapshotOf(row.studentId, experience.schoolYear, experience.schoolId ?? row.schoolId) };
      }),
    );
  });
}
