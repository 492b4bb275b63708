import { EntityClient, UserInputError } from '@careergraph/kit';

export interface StudentSnapshot {
  id: string;
  school: { id: string };
}

/**
 * Reads students from the students subgraph over HTTP: whether one exists and which school they
 * attend now. An unreachable subgraph is SERVICE_UNAVAILABLE (raised by the kit), so callers
 * check the student before writing anything.
 */
export class StudentDirectory {
  constructor(private readonly client: EntityClient) {}

  async require(studentId: string, field: string): Promise<StudentSnapshot> {
    const student = await this.client.lookupOne<StudentSnapshot>('Student', studentId, 'id school { id }');
    if (!student) throw new UserInputError(field, `student ${studentId} does not exist`, { rule: 'UNKNOWN_STUDENT' });
    return student;
  }
}
