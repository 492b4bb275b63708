import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { SchoolKind } from '../generated/graphql';

@Entity({ name: 'schools' })
export class SchoolEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'district_school_id', type: 'text' })
  districtSchoolId: string;

  /** The student information system's OneRoster `sourcedId`, for schools it rostered. */
  @Column({ name: 'sourced_id', type: 'text', nullable: true })
  sourcedId: string | null;

  @Column({ type: 'text' })
  network: string;

  @Column({ type: 'text' })
  kind: SchoolKind;

  /** Grades are served as a contiguous range, so "serves grade N" is one range check. */
  @Column({ name: 'grade_low', type: 'smallint' })
  gradeLow: number;

  @Column({ name: 'grade_high', type: 'smallint' })
  gradeHigh: number;

  @Column({ type: 'text' })
  street: string;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'text' })
  state: string;

  @Column({ name: 'postal_code', type: 'text' })
  postalCode: string;

  /** Both or neither: where the school is, for distances to worksites. */
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
