import { bulkInsert, copyLoader, type LoadProgress, type Logger, type RowLoader, schoolYearOf } from '@careergraph/kit';
import {
  type CredentialsWorld,
  demoReportingSnapshots,
  generateCredentialsWorld,
  type PartnersWorld,
  type StudentsWorld,
  WORLD_SCALES,
  worldFoundation,
} from '@careergraph/demo-data';
import type { DataSource } from 'typeorm';
import {
  AwardReportingSnapshotEntity,
  CredentialAwardEntity,
  CredentialEntity,
  ReadinessDeterminationEntity,
  ReadinessReportingSnapshotEntity,
} from '../entities';
import { awardDepartment, type EnrollmentInProgram } from '../services/award-department';

/**
 * Loads the credentials slice of the demo world in one transaction, once: a schema that already
 * has credentials is left alone, so a restart keeps whatever the demo user changed. The slice
 * builds on the students and partners worlds (who earned what, which partner issues it).
 */
export async function seedCredentialsDemo(
  dataSource: DataSource,
  logger: Logger,
  world: { students: StudentsWorld; partners: PartnersWorld },
): Promise<boolean> {
  if ((await dataSource.getRepository(CredentialEntity).count()) > 0) return false;
  const slice = generateCredentialsWorld(world.students, world.partners);
  await loadCredentialsWorld(dataSource, slice, world.students, bulkInsert);
  logger.info(
    { credentials: slice.credentials.length, awards: slice.awards.length, readiness: slice.readiness.length },
    'demo data seeded',
  );
  return true;
}

/** The credentials slice of the district-scale world, through COPY. */
export async function seedCredentialsDistrict(dataSource: DataSource, logger: Logger, progress?: LoadProgress): Promise<boolean> {
  if ((await dataSource.getRepository(CredentialEntity).count()) > 0) return false;
  const world = worldFoundation('district');
  const slice = generateCredentialsWorld(world.students, world.partners, WORLD_SCALES.district.credentials);
  await loadCredentialsWorld(dataSource, slice, world.students, copyLoader(progress));
  logger.info(
    { credentials: slice.credentials.length, awards: slice.awards.length, readiness: slice.readiness.length },
    'district data seeded',
  );
  return true;
}

async function loadCredentialsWorld(dataSource: DataSource, slice: CredentialsWorld, students: StudentsWorld, load: RowLoader): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const credentials = slice.credentials as CredentialEntity[];
    await load(manager, CredentialEntity, credentials);
    await load(manager, CredentialAwardEntity, withDepartments(slice.awards as CredentialAwardEntity[], credentials, students));
    await load(manager, ReadinessDeterminationEntity, slice.readiness as ReadinessDeterminationEntity[]);
    const snapshots = reportingSnapshots(slice, students);
    await load(manager, AwardReportingSnapshotEntity, snapshots.awards);
    await load(manager, ReadinessReportingSnapshotEntity, snapshots.readiness);
  });
}

/**
 * Each demo award's department as the service would have fixed it when recording it: from the
 * student's enrollments up to the school year the award was earned in.
 */
function withDepartments(awards: CredentialAwardEntity[], credentials: CredentialEntity[], students: StudentsWorld): CredentialAwardEntity[] {
  const credentialById = new Map(credentials.map((credential) => [credential.id, credential]));
  const programById = new Map(students.programs.map((program) => [program.id, program]));
  const enrollmentsByStudent = new Map<string, EnrollmentInProgram[]>();
  for (const enrollment of students.enrollments) {
    const program = programById.get(enrollment.programId)!;
    const list = enrollmentsByStudent.get(enrollment.studentId) ?? [];
    list.push({ schoolYear: enrollment.schoolYear, program: { department: program.department, careerCluster: program.careerCluster } } as EnrollmentInProgram);
    enrollmentsByStudent.set(enrollment.studentId, list);
  }
  return awards.map((award) => {
    const year = schoolYearOf(award.earnedOn).id;
    const known = (enrollmentsByStudent.get(award.studentId) ?? []).filter((enrollment) => enrollment.schoolYear <= year);
    return { ...award, department: awardDepartment(credentialById.get(award.credentialId)!, known) };
  });
}

/** The reporting snapshot of each demo award and determination, as the live service would have taken it. */
function reportingSnapshots(slice: CredentialsWorld, students: StudentsWorld) {
  const snapshotOf = demoReportingSnapshots(students);
  const schoolOf = new Map(students.students.map((s) => [s.id, s.schoolId]));
  return {
    awards: slice.awards.map((a): AwardReportingSnapshotEntity => {
      const schoolYear = schoolYearOf(a.earnedOn).id;
      return { awardId: a.id, schoolYear, ...snapshotOf(a.studentId, schoolYear, a.schoolId) };
    }),
    readiness: slice.readiness.map((d): ReadinessReportingSnapshotEntity => {
      const schoolYear = schoolYearOf(d.asOf).id;
      return { determinationId: d.id, schoolYear, ...snapshotOf(d.studentId, schoolYear, schoolOf.get(d.studentId)!) };
    }),
  };
}
