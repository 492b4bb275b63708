/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
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

export type CourseGrade =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'F'
  /** Pass (pass/fail courses). */
  | 'P'
  /** Withdrawn. */
  | 'W';

export type CreateStudentInput = {
  cohort: number;
  dateOfBirth: string;
  disabilityPlan?: DisabilityPlan;
  districtStudentId: string;
  economicallyDisadvantaged?: boolean;
  englishLearner?: boolean;
  gender?: Gender;
  gradeLevel: number;
  legalFirstName: string;
  legalLastName: string;
  preferredName?: string | null | undefined;
  raceEthnicity: RaceEthnicity;
  schoolId: string | number;
};

export type CredentialFilter = {
  careerCluster?: CareerCluster | null | undefined;
  issuerId?: string | number | null | undefined;
  /** Matches the start of the credential's name. */
  search?: string | null | undefined;
  type?: CredentialType | null | undefined;
};

export type CredentialType =
  | 'APPRENTICESHIP_CERTIFICATE'
  /** A college course taught by high school teachers for high school and college credit. */
  | 'DUAL_CREDIT_COURSE'
  /** A college course taken at or from the college while in high school. */
  | 'DUAL_ENROLLMENT_COURSE'
  /** A diploma endorsement, e.g. the Illinois College and Career Pathway Endorsement. */
  | 'ENDORSEMENT'
  | 'INDUSTRY_CERTIFICATION'
  | 'OCCUPATIONAL_LICENSE';

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

export type EnrollStudentInProgramInput = {
  beginDate: string;
  programId: string | number;
  /** YYYY-YYYY; the begin date must fall inside it (July 1 to June 30). */
  schoolYear: string;
  studentId: string | number;
};

export type ExitProgramEnrollmentInput = {
  endDate: string;
  enrollmentId: string | number;
  exitReason?: string | null | undefined;
};

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'NONBINARY'
  | 'NOT_REPORTED';

export type ProgramFilter = {
  careerCluster?: CareerCluster | null | undefined;
  department?: Department | null | undefined;
  schoolId?: string | number | null | undefined;
};

/** Federal race/ethnicity reporting categories. */
export type RaceEthnicity =
  | 'AMERICAN_INDIAN_OR_ALASKA_NATIVE'
  | 'ASIAN'
  | 'BLACK_OR_AFRICAN_AMERICAN'
  | 'HISPANIC_OR_LATINO'
  | 'NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER'
  | 'TWO_OR_MORE_RACES'
  | 'WHITE';

export type ReadinessBasis =
  | 'COURSE_COMPLETION'
  | 'GPA'
  | 'OTHER'
  | 'PLACEMENT_TEST'
  | 'PSAT_SCORE'
  | 'SAT_SCORE';

export type RecordCourseCompletionInput = {
  completedOn: string;
  courseCode: string;
  courseTitle: string;
  earnedCredits: number;
  enrollmentId: string | number;
};

export type SchoolFilter = {
  /** Schools serving this grade level. */
  gradeLevel?: number | null | undefined;
  kind?: SchoolKind | null | undefined;
  network?: string | null | undefined;
  /** Matches the start of the school's name. */
  search?: string | null | undefined;
};

export type SchoolKind =
  | 'ELEMENTARY'
  | 'HIGH'
  | 'MIDDLE';

export type StudentFilter = {
  cohort?: number | null | undefined;
  gradeLevel?: number | null | undefined;
  /** Students with an enrollment in this program, in any school year. */
  programId?: string | number | null | undefined;
  schoolId?: string | number | null | undefined;
  /** Matches the start of a legal or preferred name, or the district student id. */
  search?: string | null | undefined;
};

/** Fields left out stay as they are. */
export type UpdateStudentInput = {
  cohort?: number | null | undefined;
  dateOfBirth?: string | null | undefined;
  disabilityPlan?: DisabilityPlan | null | undefined;
  economicallyDisadvantaged?: boolean | null | undefined;
  englishLearner?: boolean | null | undefined;
  gender?: Gender | null | undefined;
  gradeLevel?: number | null | undefined;
  id: string | number;
  legalFirstName?: string | null | undefined;
  legalLastName?: string | null | undefined;
  /** Pass an empty string to clear it (the legal first name is shown instead). */
  preferredName?: string | null | undefined;
  raceEthnicity?: RaceEthnicity | null | undefined;
  schoolId?: string | number | null | undefined;
};

export type VerificationStatus =
  /** Withdrawn (recorded in error or revoked by the issuer); final. */
  | 'REVOKED'
  /** Recorded from the student's or a counselor's report, not yet checked against the issuer. */
  | 'SELF_REPORTED'
  /** Checked against the issuer's record. */
  | 'VERIFIED';

export type StudentCredentialsQueryVariables = Exact<{
  id: string | number;
  verificationStatus?: VerificationStatus | null | undefined;
}>;


export type StudentCredentialsQuery = { student: { id: string, preferredName: string, earlyCollegeCreditHours: number, estimatedTuitionSavings: number, meetsAdvancedCreditGoal: boolean, school: { id: string, name: string }, credentials: Array<{ id: string, verificationStatus: VerificationStatus, earnedOn: string, schoolYear: string, expiresOn: string | null, term: string | null, grade: CourseGrade | null, creditHoursEarned: number | null, school: { id: string }, credential: { id: string, name: string, type: CredentialType, creditHours: number | null } }>, collegeReadiness: { math: { eligible: boolean, basis: ReadinessBasis, detail: string | null, asOf: string } | null, english: { eligible: boolean, basis: ReadinessBasis, detail: string | null, asOf: string } | null } } | null };

export type CredentialCatalogQueryVariables = Exact<{
  filter?: CredentialFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CredentialCatalogQuery = { credentials: { totalCount: number, edges: Array<{ node: { id: string, name: string, type: CredentialType, careerCluster: CareerCluster, creditHours: number | null, ctid: string | null, advancedCertification: boolean, recognizedPostsecondaryCredential: boolean, issuer: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CredentialAwardBadgeQueryVariables = Exact<{
  id: string | number;
}>;


export type CredentialAwardBadgeQuery = { credentialAward: { id: string, openBadgeCredential: unknown, student: { id: string, preferredName: string }, credential: { name: string } } | null };

export type StudentRosterQueryVariables = Exact<{
  filter?: StudentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StudentRosterQuery = { students: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, preferredName: string, legalLastName: string, gradeLevel: number, cohort: number, school: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StudentProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type StudentProfileQuery = { student: { id: string, districtStudentId: string, legalFirstName: string, legalLastName: string, preferredName: string, dateOfBirth: string, gradeLevel: number, cohort: number, school: { id: string, name: string, network: string }, enrollments: Array<{ id: string, schoolYear: string, beginDate: string, endDate: string | null, participant: boolean, concentrator: boolean, program: { id: string, name: string, careerCluster: CareerCluster, department: Department }, courseCompletions: Array<{ courseCode: string, courseTitle: string, completedOn: string, earnedCredits: number }> }> } | null };

export type SchoolsWithProgramsQueryVariables = Exact<{
  filter?: SchoolFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SchoolsWithProgramsQuery = { schools: { edges: Array<{ node: { id: string, name: string, kind: SchoolKind, gradesServed: Array<number>, programs: Array<{ id: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProgramCatalogQueryVariables = Exact<{
  filter?: ProgramFilter | null | undefined;
}>;


export type ProgramCatalogQuery = { programs: Array<{ id: string, name: string, careerCluster: CareerCluster, cipCode: string, department: Department, schools: Array<{ id: string, name: string }> }> };

export type CreateStudentMutationVariables = Exact<{
  input: CreateStudentInput;
}>;


export type CreateStudentMutation = { createStudent: { student: { id: string, districtStudentId: string, preferredName: string, gradeLevel: number, school: { id: string, name: string } } } };

export type UpdateStudentMutationVariables = Exact<{
  input: UpdateStudentInput;
}>;


export type UpdateStudentMutation = { updateStudent: { student: { id: string, preferredName: string, gradeLevel: number, cohort: number } } };

export type EnrollStudentInProgramMutationVariables = Exact<{
  input: EnrollStudentInProgramInput;
}>;


export type EnrollStudentInProgramMutation = { enrollStudentInProgram: { enrollment: { id: string, schoolYear: string, beginDate: string, participant: boolean, concentrator: boolean, program: { id: string, name: string }, student: { id: string } } } };

export type ExitProgramEnrollmentMutationVariables = Exact<{
  input: ExitProgramEnrollmentInput;
}>;


export type ExitProgramEnrollmentMutation = { exitProgramEnrollment: { enrollment: { id: string, endDate: string | null, exitReason: string | null } } };

export type RecordCourseCompletionMutationVariables = Exact<{
  input: RecordCourseCompletionInput;
}>;


export type RecordCourseCompletionMutation = { recordCourseCompletion: { courseCompletion: { id: string, courseCode: string, earnedCredits: number }, enrollment: { id: string, participant: boolean, concentrator: boolean } } };


export const StudentCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verificationStatus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"verificationStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verificationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"earnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"creditHoursEarned"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"creditHours"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlyCollegeCreditHours"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTuitionSavings"}},{"kind":"Field","name":{"kind":"Name","value":"meetsAdvancedCreditGoal"}},{"kind":"Field","name":{"kind":"Name","value":"collegeReadiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"math"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"english"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StudentCredentialsQuery, StudentCredentialsQueryVariables>;
export const CredentialCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CredentialCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"careerCluster"}},{"kind":"Field","name":{"kind":"Name","value":"creditHours"}},{"kind":"Field","name":{"kind":"Name","value":"ctid"}},{"kind":"Field","name":{"kind":"Name","value":"advancedCertification"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedPostsecondaryCredential"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CredentialCatalogQuery, CredentialCatalogQueryVariables>;
export const CredentialAwardBadgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CredentialAwardBadge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentialAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openBadgeCredential"}}]}}]}}]} as unknown as DocumentNode<CredentialAwardBadgeQuery, CredentialAwardBadgeQueryVariables>;
export const StudentRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StudentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StudentRosterQuery, StudentRosterQueryVariables>;
export const StudentProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"districtStudentId"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"beginDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"participant"}},{"kind":"Field","name":{"kind":"Name","value":"concentrator"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"careerCluster"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courseCompletions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseCode"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"earnedCredits"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StudentProfileQuery, StudentProfileQueryVariables>;
export const SchoolsWithProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolsWithPrograms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"gradesServed"}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolsWithProgramsQuery, SchoolsWithProgramsQueryVariables>;
export const ProgramCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"careerCluster"}},{"kind":"Field","name":{"kind":"Name","value":"cipCode"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramCatalogQuery, ProgramCatalogQueryVariables>;
export const CreateStudentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStudent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStudentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStudent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"districtStudentId"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateStudentMutation, CreateStudentMutationVariables>;
export const UpdateStudentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStudent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStudentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStudent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateStudentMutation, UpdateStudentMutationVariables>;
export const EnrollStudentInProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollStudentInProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollStudentInProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollStudentInProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"beginDate"}},{"kind":"Field","name":{"kind":"Name","value":"participant"}},{"kind":"Field","name":{"kind":"Name","value":"concentrator"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnrollStudentInProgramMutation, EnrollStudentInProgramMutationVariables>;
export const ExitProgramEnrollmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExitProgramEnrollment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExitProgramEnrollmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exitProgramEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}}]}}]}}]}}]} as unknown as DocumentNode<ExitProgramEnrollmentMutation, ExitProgramEnrollmentMutationVariables>;
export const RecordCourseCompletionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCourseCompletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCourseCompletionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCourseCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseCompletion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseCode"}},{"kind":"Field","name":{"kind":"Name","value":"earnedCredits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participant"}},{"kind":"Field","name":{"kind":"Name","value":"concentrator"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCourseCompletionMutation, RecordCourseCompletionMutationVariables>;