import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ExperienceEntity } from '../src/entities';

let sequence = 0;

/** Small factories: each makes one valid row with overridable fields, and saves it. */
export function experiencesFactories(dataSource: DataSource) {
  return {
    /** A PUBLISHED district-wide career fair for grades 9–12 a week from now, without capacity. */
    experience(overrides: Partial<ExperienceEntity> = {}): Promise<ExperienceEntity> {
      const startsAt = new Date(Date.now() + 7 * 86_400_000);
      return dataSource.getRepository(ExperienceEntity).save({
        id: randomUUID(),
        kind: 'CAREER_FAIR',
        title: `Test Career Fair ${++sequence}`,
        description: null,
        schoolId: null,
        hostPartnerIds: [],
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
        schoolYear: '2025-2026',
        gradeLevels: [9, 10, 11, 12],
        capacity: null,
        continuumStage: 'AWARENESS',
        cedsType: null,
        status: 'PUBLISHED',
        cancellationReason: null,
        createdBy: 'test',
        ...overrides,
      });
    },

    /** Moves an experience's start into the past (time passing), so attendance can be recorded. */
    async started(experience: ExperienceEntity): Promise<void> {
      await dataSource.query(`UPDATE experiences.experiences SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [
        experience.id,
      ]);
    },
  };
}
