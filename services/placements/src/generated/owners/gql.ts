/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment StudentReporting on Student {\n  id\n  gradeLevel\n  school {\n    id\n  }\n  economicallyDisadvantaged\n  raceEthnicity\n  gender\n  englishLearner\n  disabilityPlan\n  enrollments {\n    schoolYear\n    program {\n      id\n      department\n      careerCluster\n    }\n  }\n}": typeof types.StudentReportingFragmentDoc,
    "fragment AgreementOpportunity on Opportunity {\n  id\n  title\n  partner {\n    id\n    name\n  }\n  worksite {\n    id\n    name\n    address {\n      street\n      city\n      state\n      postalCode\n    }\n  }\n}\n\nfragment AgreementSupervisor on PartnerContact {\n  id\n  firstName\n  lastName\n  jobTitle: title\n}\n\nfragment AgreementStudent on Student {\n  id\n  preferredName\n}": typeof types.AgreementOpportunityFragmentDoc,
    "query ReportingAttendanceStudents($schoolYears: [ID!]!) {\n  reportingAttendanceStudents(schoolYears: $schoolYears) {\n    schoolYear\n    studentId\n    schoolId\n    gradeLevel\n    economicallyDisadvantaged\n    raceEthnicity\n    gender\n    englishLearner\n    disabilityPlan\n    programIds\n    departments\n    careerClusters\n    engagements {\n      continuumType\n      continuumStage\n      cedsType\n    }\n  }\n}": typeof types.ReportingAttendanceStudentsDocument,
    "fragment PlacementOpportunity on Opportunity {\n  id\n  status\n  startDate\n  endDate\n  slots\n  minimumAge\n  gradeLevels\n  requiredClearance\n  hazardousOccupation\n  compensation {\n    kind\n    hourlyRate\n  }\n  partner {\n    id\n    status\n    agreement {\n      signedOn\n      expiresOn\n    }\n    insuranceExpiresOn\n    capacity\n  }\n  worksite {\n    id\n  }\n  program {\n    id\n  }\n}\n\nfragment PlacementOpportunityReporting on Opportunity {\n  id\n  continuumType\n  cedsType\n  careerCluster\n  partner {\n    industrySector\n  }\n}\n\nfragment PlacementSupervisor on PartnerContact {\n  id\n  partner {\n    id\n  }\n  roles\n  backgroundCheck {\n    level\n    status\n    expiresOn\n  }\n}": typeof types.PlacementOpportunityFragmentDoc,
    "fragment PlacementStudent on Student {\n  id\n  dateOfBirth\n  gradeLevel\n  enrollmentStatus\n  school {\n    id\n  }\n  enrollments {\n    program {\n      id\n    }\n    schoolYear\n  }\n}\n\nfragment PlacementProgram on Program {\n  id\n  department\n}": typeof types.PlacementStudentFragmentDoc,
};
const documents: Documents = {
    "fragment StudentReporting on Student {\n  id\n  gradeLevel\n  school {\n    id\n  }\n  economicallyDisadvantaged\n  raceEthnicity\n  gender\n  englishLearner\n  disabilityPlan\n  enrollments {\n    schoolYear\n    program {\n      id\n      department\n      careerCluster\n    }\n  }\n}": types.StudentReportingFragmentDoc,
    "fragment AgreementOpportunity on Opportunity {\n  id\n  title\n  partner {\n    id\n    name\n  }\n  worksite {\n    id\n    name\n    address {\n      street\n      city\n      state\n      postalCode\n    }\n  }\n}\n\nfragment AgreementSupervisor on PartnerContact {\n  id\n  firstName\n  lastName\n  jobTitle: title\n}\n\nfragment AgreementStudent on Student {\n  id\n  preferredName\n}": types.AgreementOpportunityFragmentDoc,
    "query ReportingAttendanceStudents($schoolYears: [ID!]!) {\n  reportingAttendanceStudents(schoolYears: $schoolYears) {\n    schoolYear\n    studentId\n    schoolId\n    gradeLevel\n    economicallyDisadvantaged\n    raceEthnicity\n    gender\n    englishLearner\n    disabilityPlan\n    programIds\n    departments\n    careerClusters\n    engagements {\n      continuumType\n      continuumStage\n      cedsType\n    }\n  }\n}": types.ReportingAttendanceStudentsDocument,
    "fragment PlacementOpportunity on Opportunity {\n  id\n  status\n  startDate\n  endDate\n  slots\n  minimumAge\n  gradeLevels\n  requiredClearance\n  hazardousOccupation\n  compensation {\n    kind\n    hourlyRate\n  }\n  partner {\n    id\n    status\n    agreement {\n      signedOn\n      expiresOn\n    }\n    insuranceExpiresOn\n    capacity\n  }\n  worksite {\n    id\n  }\n  program {\n    id\n  }\n}\n\nfragment PlacementOpportunityReporting on Opportunity {\n  id\n  continuumType\n  cedsType\n  careerCluster\n  partner {\n    industrySector\n  }\n}\n\nfragment PlacementSupervisor on PartnerContact {\n  id\n  partner {\n    id\n  }\n  roles\n  backgroundCheck {\n    level\n    status\n    expiresOn\n  }\n}": types.PlacementOpportunityFragmentDoc,
    "fragment PlacementStudent on Student {\n  id\n  dateOfBirth\n  gradeLevel\n  enrollmentStatus\n  school {\n    id\n  }\n  enrollments {\n    program {\n      id\n    }\n    schoolYear\n  }\n}\n\nfragment PlacementProgram on Program {\n  id\n  department\n}": types.PlacementStudentFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StudentReporting on Student {\n  id\n  gradeLevel\n  school {\n    id\n  }\n  economicallyDisadvantaged\n  raceEthnicity\n  gender\n  englishLearner\n  disabilityPlan\n  enrollments {\n    schoolYear\n    program {\n      id\n      department\n      careerCluster\n    }\n  }\n}"): (typeof documents)["fragment StudentReporting on Student {\n  id\n  gradeLevel\n  school {\n    id\n  }\n  economicallyDisadvantaged\n  raceEthnicity\n  gender\n  englishLearner\n  disabilityPlan\n  enrollments {\n    schoolYear\n    program {\n      id\n      department\n      careerCluster\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AgreementOpportunity on Opportunity {\n  id\n  title\n  partner {\n    id\n    name\n  }\n  worksite {\n    id\n    name\n    address {\n      street\n      city\n      state\n      postalCode\n    }\n  }\n}\n\nfragment AgreementSupervisor on PartnerContact {\n  id\n  firstName\n  lastName\n  jobTitle: title\n}\n\nfragment AgreementStudent on Student {\n  id\n  preferredName\n}"): (typeof documents)["fragment AgreementOpportunity on Opportunity {\n  id\n  title\n  partner {\n    id\n    name\n  }\n  worksite {\n    id\n    name\n    address {\n      street\n      city\n      state\n      postalCode\n    }\n  }\n}\n\nfragment AgreementSupervisor on PartnerContact {\n  id\n  firstName\n  lastName\n  jobTitle: title\n}\n\nfragment AgreementStudent on Student {\n  id\n  preferredName\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportingAttendanceStudents($schoolYears: [ID!]!) {\n  reportingAttendanceStudents(schoolYears: $schoolYears) {\n    schoolYear\n    studentId\n    schoolId\n    gradeLevel\n    economicallyDisadvantaged\n    raceEthnicity\n    gender\n    englishLearner\n    disabilityPlan\n    programIds\n    departments\n    careerClusters\n    engagements {\n      continuumType\n      continuumStage\n      cedsType\n    }\n  }\n}"): (typeof documents)["query ReportingAttendanceStudents($schoolYears: [ID!]!) {\n  reportingAttendanceStudents(schoolYears: $schoolYears) {\n    schoolYear\n    studentId\n    schoolId\n    gradeLevel\n    economicallyDisadvantaged\n    raceEthnicity\n    gender\n    englishLearner\n    disabilityPlan\n    programIds\n    departments\n    careerClusters\n    engagements {\n      continuumType\n      continuumStage\n      cedsType\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PlacementOpportunity on Opportunity {\n  id\n  status\n  startDate\n  endDate\n  slots\n  minimumAge\n  gradeLevels\n  requiredClearance\n  hazardousOccupation\n  compensation {\n    kind\n    hourlyRate\n  }\n  partner {\n    id\n    status\n    agreement {\n      signedOn\n      expiresOn\n    }\n    insuranceExpiresOn\n    capacity\n  }\n  worksite {\n    id\n  }\n  program {\n    id\n  }\n}\n\nfragment PlacementOpportunityReporting on Opportunity {\n  id\n  continuumType\n  cedsType\n  careerCluster\n  partner {\n    industrySector\n  }\n}\n\nfragment PlacementSupervisor on PartnerContact {\n  id\n  partner {\n    id\n  }\n  roles\n  backgroundCheck {\n    level\n    status\n    expiresOn\n  }\n}"): (typeof documents)["fragment PlacementOpportunity on Opportunity {\n  id\n  status\n  startDate\n  endDate\n  slots\n  minimumAge\n  gradeLevels\n  requiredClearance\n  hazardousOccupation\n  compensation {\n    kind\n    hourlyRate\n  }\n  partner {\n    id\n    status\n    agreement {\n      signedOn\n      expiresOn\n    }\n    insuranceExpiresOn\n    capacity\n  }\n  worksite {\n    id\n  }\n  program {\n    id\n  }\n}\n\nfragment PlacementOpportunityReporting on Opportunity {\n  id\n  continuumType\n  cedsType\n  careerCluster\n  partner {\n    industrySector\n  }\n}\n\nfragment PlacementSupervisor on PartnerContact {\n  id\n  partner {\n    id\n  }\n  roles\n  backgroundCheck {\n    level\n    status\n    expiresOn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PlacementStudent on Student {\n  id\n  dateOfBirth\n  gradeLevel\n  enrollmentStatus\n  school {\n    id\n  }\n  enrollments {\n    program {\n      id\n    }\n    schoolYear\n  }\n}\n\nfragment PlacementProgram on Program {\n  id\n  department\n}"): (typeof documents)["fragment PlacementStudent on Student {\n  id\n  dateOfBirth\n  gradeLevel\n  enrollmentStatus\n  school {\n    id\n  }\n  enrollments {\n    program {\n      id\n    }\n    schoolYear\n  }\n}\n\nfragment PlacementProgram on Program {\n  id\n  department\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;