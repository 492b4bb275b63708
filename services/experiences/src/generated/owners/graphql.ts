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

/** The district departments that own career-connected learning work. */
export type Department =
  | 'CTE'
  | 'ROADMAP'
  | 'TRADES';

/** Special-education or accommodation plan on file. */
export type DisabilityPlan =
  | 'IEP'
  | 'NONE'
  | 'SECTION_504';

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'NONBINARY'
  | 'NOT_REPORTED';

/** Federal race/ethnicity reporting categories. */
export type RaceEthnicity =
  | 'AMERICAN_INDIAN_OR_ALASKA_NATIVE'
  | 'ASIAN'
  | 'BLACK_OR_AFRICAN_AMERICAN'
  | 'HISPANIC_OR_LATINO'
  | 'NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER'
  | 'TWO_OR_MORE_RACES'
  | 'WHITE';

export type ExperienceHostFragment = { id: string };

export type ExperienceSchoolFragment = { id: string };

export type StudentReportingFragment = { id: string, gradeLevel: number | null, economicallyDisadvantaged: boolean | null, raceEthnicity: RaceEthnicity | null, gender: Gender | null, englishLearner: boolean | null, disabilityPlan: DisabilityPlan | null, school: { id: string } | null, enrollments: Array<{ schoolYear: string, program: { id: string, department: Department, careerCluster: CareerCluster } }> | null };

export const ExperienceHostFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperienceHost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]} as unknown as DocumentNode<ExperienceHostFragment, unknown>;
export const ExperienceSchoolFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperienceSchool"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]} as unknown as DocumentNode<ExperienceSchoolFragment, unknown>;
export const StudentReportingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudentReporting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Student"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"economicallyDisadvantaged"}},{"kind":"Field","name":{"kind":"Name","value":"raceEthnicity"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"englishLearner"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityPlan"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"careerCluster"}}]}}]}}]}}]} as unknown as DocumentNode<StudentReportingFragment, unknown>;