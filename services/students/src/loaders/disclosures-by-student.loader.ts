import { connectionLoader } from '@careergraph/kit';
import type { DisclosureEntity } from '../entities/disclosure.entity';
import { DisclosureRepository } from '../repositories/disclosure.repository';

/** A student's `disclosures(first, after)`, batched across the students of a page. */
export function disclosuresByStudentLoader(disclosures: DisclosureRepository) {
  return connectionLoader<DisclosureEntity, null>({
    page: (studentIds, _, page) => disclosures.pageByStudents(studentIds, page),
    count: (studentIds) => disclosures.countByStudents(studentIds),
    parentOf: (disclosure) => disclosure.studentId,
    cursorOf: DisclosureRepository.cursorOf,
    arity: 2,
  });
}
