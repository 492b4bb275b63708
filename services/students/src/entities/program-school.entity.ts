import { Entity, PrimaryColumn } from 'typeorm';

/** Which schools offer which programs. */
@Entity({ name: 'program_schools' })
export class ProgramSchoolEntity {
  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId: string;

  @PrimaryColumn({ name: 'school_id', type: 'uuid' })
  schoolId: string;
}
