import { entityLoader } from '@careergraph/kit';
import type { StudentRepository } from '../repositories/student.repository';

export const studentByIdLoader = (students: StudentRepository) => entityLoader((ids) => students.findByIds(ids));
