import type { Connection } from '@careergraph/kit';
import type { DisclosureEntity } from './entities/disclosure.entity';
import type { SchoolEntity } from './entities/school.entity';
import type { StudentEntity } from './entities/student.entity';

/** What connection resolvers receive: a page of entities plus a lazy count (codegen mappers). */
export type StudentConnection = Connection<StudentEntity>;
export type SchoolConnection = Connection<SchoolEntity>;
export type DisclosureConnection = Connection<DisclosureEntity>;
