/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The 16 National Career Clusters. */
export type CareerCluster =
  | 'AGRICULTURE_FOOD_AND_NATURAL_RESOURCES'
  | 'ARCHITECTURE_AND_CONSTRUCTION'
  | 'ARTS_AV_TECHNOLOGY_AND_COMMUNICATIONS'
  | 'BUSINESS_MANAGEMENT_AND_ADMINISTRATION'
  | 'EDUCATION_AND_TRAINING'
  | 'FINANCE'
  | 'GOVERNMENT_AND_PUBLIC_ADMINISTRATION'
  | 'HEALTH_SCIENCE'
  | 'HOSPITALITY_AND_TOURISM'
  | 'HUMAN_SERVICES'
  | 'INFORMATION_TECHNOLOGY'
  | 'LAW_PUBLIC_SAFETY_CORRECTIONS_AND_SECURITY'
  | 'MANUFACTURING'
  | 'MARKETING'
  | 'SCIENCE_TECHNOLOGY_ENGINEERING_AND_MATHEMATICS'
  | 'TRANSPORTATION_DISTRIBUTION_AND_LOGISTICS';

/**
 * Whether a student attends a district school. A graduate's record stays: the school years they were
 * enrolled count in reporting (Perkins, the graduating cohort, work-based learning) for years after.
 */
export type StudentEnrollmentStatus =
  | 'ENROLLED'
  | 'GRADUATED'
  /** Left the district: the student information system's roster marked the student tobedeleted (OneRoster import); the record stays. */
  | 'WITHDRAWN';

export type MatchingStudentFragment = { id: string, dateOfBirth: string | null, gradeLevel: number | null, enrollmentStatus: StudentEnrollmentStatus | null, school: { id: string, location: { latitude: number, longitude: number } | null } | null, enrollments: Array<{ endDate: string | null, program: { id: string, careerCluster: CareerCluster } }> | null, careerInterests: { clusters: Array<CareerCluster>, inventory: { name: string, clusters: Array<CareerCluster> } | null } | null };

export const MatchingStudentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchingStudent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Student"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"careerCluster"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"careerInterests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}}]}}]}}]}}]} as unknown as DocumentNode<MatchingStudentFragment, unknown>;