import { CreateStudentsSchema1763800000000 } from './1763800000000-create-students-schema';

/** In order; a new migration is appended here. */
export const studentsMigrations = [CreateStudentsSchema1763800000000];
