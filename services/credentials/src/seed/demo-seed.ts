import { bulkInsert, type Logger } from '@careergraph/kit';
import { generateCredentialsWorld, type PartnersWorld, type StudentsWorld } from '@careergraph/demo-data';
import type { DataSource } from 'typeorm';
import { CredentialAwardEntity, CredentialEntity, ReadinessDeterminationEntity } from '../entities';

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
  await dataSource.transaction(async (manager) => {
    await bulkInsert(manager, CredentialEntity, slice.credentials as CredentialEntity[]);
    await bulkInsert(manager, CredentialAwardEntity, slice.awards as CredentialAwardEntity[]);
    await bulkInsert(manager, ReadinessDeterminationEntity, slice.readiness as ReadinessDeterminationEntity[]);
  });
  logger.info(
    { credentials: slice.credentials.length, awards: slice.awards.length, readiness: slice.readiness.length },
    'demo data seeded',
  );
  return true;
}
