import { connectionLoader } from '@careergraph/kit';
import type { StudentEntity } from '../entities/student.entity';
import { StudentRepository } from '../repositories/student.repository';

/** A school's `students(first, after)`, batched across the schools of a page. */
export function studentsBySchoolLoader(students: StudentRepository) {
  return connectionLoader<StudentEntity, null>({
    page: (schoolIds, _, page) => students.pageBySchools(schoolIds, page),
    count: (schoolIds) => students.countBySchools(schoolIds),
    parentOf: (student) => student.schoolId,
    cursorOf: StudentRepository.cursorOf,
    arity: 3,
  });
}
