import type { Connection } from '@careergraph/kit';
import type { ExperienceAttendanceEntity } from './entities/experience-attendance.entity';
import type { ExperienceRegistrationEntity } from './entities/experience-registration.entity';
import type { ExperienceEntity } from './entities/experience.entity';

/** What connection resolvers receive: a page of entities plus a lazy count (codegen mappers). */
export type ExperienceConnection = Connection<ExperienceEntity>;
export type ExperienceRegistrationConnection = Connection<ExperienceRegistrationEntity>;
export type ExperienceAttendanceConnection = Connection<ExperienceAttendanceEntity>;
