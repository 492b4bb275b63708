/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type BackgroundCheckStatus =
  | 'CLEARED'
  | 'DENIED'
  | 'PENDING';

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

/** CEDS WorkbasedLearningOpportunityType. */
export type CedsWblType =
  | 'APPRENTICESHIP'
  | 'CLINICAL_WORK'
  | 'COOPERATIVE_EDUCATION'
  | 'ENTREPRENEURSHIP'
  | 'JOB_SHADOWING'
  | 'MENTORSHIP'
  | 'ON_THE_JOB'
  | 'OTHER'
  | 'PAID_INTERNSHIP'
  | 'SCHOOL_BASED_ENTERPRISE'
  | 'SERVICE_LEARNING'
  | 'SIMULATED_WORKSITE'
  | 'SUPERVISED_AGRICULTURAL'
  | 'UNPAID_INTERNSHIP';

/**
 * CPS background check levels. LEVEL_I (fingerprinting, renewed yearly) is needed for one-on-one or
 * unsupervised settings and also covers LEVEL_II activities (one-day speakers, supervised visits).
 */
export type ClearanceLevel =
  | 'LEVEL_I'
  | 'LEVEL_II';

export type CompensationKind =
  | 'STIPEND'
  | 'UNPAID'
  | 'WAGE';

export type ContactRole =
  | 'COORDINATOR'
  | 'SUPERVISOR';

/** The local (CPS / Illinois) continuum stage of a group experience. */
export type ContinuumStage =
  /** Guest speakers, career days and fairs. */
  | 'AWARENESS'
  /** Site visits, job shadowing, mock interviews, team challenges. */
  | 'EXPLORATION'
  /** Preparation for career development experiences. */
  | 'PREPARATION';

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

/**
 * Federal child-labor hazardous-occupation categories (FLSA, 29 CFR 570). The 17 Hazardous
 * Occupations Orders (570.51–570.68) bar work under 18; the occupations of 570.33 bar work under 16.
 * The minimum ages are the placements subgraph's configuration (HAZARDOUS_OCCUPATION_RULES).
 */
export type HazardousOccupation =
  /** HO 12: balers, compactors and power-driven paper-products machines (under 18). */
  | 'BALERS_COMPACTORS_AND_PAPER_PRODUCTS_MACHINES'
  /** 570.33: boiler or engine rooms, and maintenance or repair of machines (under 16). */
  | 'BOILER_ROOM_AND_MACHINE_MAINTENANCE'
  /** HO 13: manufacturing brick, tile and kindred products (under 18). */
  | 'BRICK_AND_TILE_MANUFACTURING'
  /** HO 3: coal mining (under 18). */
  | 'COAL_MINING'
  /** 570.33: construction, including demolition and repair, other than office or sales work (under 16). */
  | 'CONSTRUCTION'
  /** HO 17: trenching and excavation (under 18). */
  | 'EXCAVATION'
  /** HO 1: manufacturing or storing explosives (under 18). */
  | 'EXPLOSIVES'
  /** HO 4: forest fire fighting, forestry, logging and sawmilling (under 18). */
  | 'FORESTRY_LOGGING_AND_SAWMILLING'
  /** 570.33: work on ladders and scaffolds (under 16). */
  | 'LADDERS_AND_SCAFFOLDS'
  /** 570.33: loading and unloading goods to and from trucks, railcars or conveyors (under 16). */
  | 'LOADING_AND_UNLOADING'
  /** 570.33: manufacturing, mining or processing, including workrooms where goods are made or processed (under 16). */
  | 'MANUFACTURING_MINING_OR_PROCESSING'
  /** HO 10: meat and poultry packing and processing, power-driven meat slicers (under 18). */
  | 'MEAT_AND_POULTRY_PROCESSING'
  /** HO 9: mining other than coal (under 18). */
  | 'MINING_OTHER_THAN_COAL'
  /** HO 2: motor-vehicle driving and outside helper (under 18). */
  | 'MOTOR_VEHICLE_DRIVING'
  /** HO 11: power-driven bakery machines (under 18). */
  | 'POWER_DRIVEN_BAKERY_MACHINES'
  /** HO 7: power-driven hoisting apparatus, e.g. forklifts (under 18). */
  | 'POWER_DRIVEN_HOISTING_APPARATUS'
  /** 570.33: operating or tending power-driven machinery other than office machines (under 16). */
  | 'POWER_DRIVEN_MACHINERY'
  /** HO 8: power-driven metal-forming, punching and shearing machines (under 18). */
  | 'POWER_DRIVEN_METAL_FORMING_MACHINES'
  /** HO 14: circular saws, band saws, guillotine shears, chain saws, wood chippers (under 18). */
  | 'POWER_DRIVEN_SAWS_AND_SHEARS'
  /** HO 5: power-driven woodworking machines (under 18). */
  | 'POWER_DRIVEN_WOODWORKING_MACHINES'
  /** HO 6: exposure to radioactive substances and ionizing radiation (under 18). */
  | 'RADIOACTIVE_SUBSTANCES'
  /** HO 16: roofing and work on or about a roof (under 18). */
  | 'ROOFING'
  /** 570.33: transportation, warehousing and storage, communications and public utilities, other than office or sales work (under 16). */
  | 'TRANSPORTATION_WAREHOUSING_AND_UTILITIES'
  /** HO 15: wrecking, demolition and shipbreaking (under 18). */
  | 'WRECKING_DEMOLITION_AND_SHIPBREAKING';

export type OpportunityStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'PUBLISHED';

export type PartnerStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  | 'PROSPECT'
  | 'SUSPENDED'
  | 'VETTING';

/** Federal race/ethnicity reporting categories. */
export type RaceEthnicity =
  | 'AMERICAN_INDIAN_OR_ALASKA_NATIVE'
  | 'ASIAN'
  | 'BLACK_OR_AFRICAN_AMERICAN'
  | 'HISPANIC_OR_LATINO'
  | 'NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER'
  | 'TWO_OR_MORE_RACES'
  | 'WHITE';

/**
 * Whether a student attends a district school. A graduate's record stays: the school years they were
 * enrolled count in reporting (Perkins, the graduating cohort, work-based learning) for years after.
 */
export type StudentEnrollmentStatus =
  | 'ENROLLED'
  | 'GRADUATED'
  /** Left the district: the student information system's roster marked the student tobedeleted (OneRoster import); the record stays. */
  | 'WITHDRAWN';

/** The local (CPS / Illinois) work-based learning continuum. */
export type WblContinuumType =
  | 'APPRENTICESHIP'
  | 'CAREER_AWARENESS'
  | 'CAREER_DEVELOPMENT_EXPERIENCE'
  | 'CAREER_EXPLORATION'
  | 'PRE_APPRENTICESHIP'
  | 'TEAM_BASED_CHALLENGE'
  | 'YOUTH_APPRENTICESHIP';

export type StudentReportingFragment = { id: string, gradeLevel: number | null, economicallyDisadvantaged: boolean | null, raceEthnicity: RaceEthnicity | null, gender: Gender | null, englishLearner: boolean | null, disabilityPlan: DisabilityPlan | null, school: { id: string } | null, enrollments: Array<{ schoolYear: string, program: { id: string, department: Department, careerCluster: CareerCluster } }> | null };

export type AgreementOpportunityFragment = { id: string, title: string, partner: { id: string, name: string }, worksite: { id: string, name: string, address: { street: string, city: string, state: string, postalCode: string } } | null };

export type AgreementSupervisorFragment = { id: string, firstName: string, lastName: string, jobTitle: string | null };

export type AgreementStudentFragment = { id: string, preferredName: string | null };

export type ReportingAttendanceStudentsQueryVariables = Exact<{
  schoolYears: Array<string | number> | string | number;
}>;


export type ReportingAttendanceStudentsQuery = { reportingAttendanceStudents: Array<{ schoolYear: string, studentId: string, schoolId: string, gradeLevel: number, economicallyDisadvantaged: boolean, raceEthnicity: string, gender: string, englishLearner: boolean, disabilityPlan: string, programIds: Array<string>, departments: Array<string>, careerClusters: Array<string>, engagements: Array<{ continuumType: string | null, continuumStage: ContinuumStage, cedsType: CedsWblType | null }> }> };

export type PlacementOpportunityFragment = { id: string, status: OpportunityStatus, startDate: string, endDate: string, slots: number, minimumAge: number, gradeLevels: Array<number>, requiredClearance: ClearanceLevel, hazardousOccupation: HazardousOccupation | null, compensation: { kind: CompensationKind, hourlyRate: number | null }, partner: { id: string, status: PartnerStatus, insuranceExpiresOn: string | null, capacity: number, agreement: { signedOn: string, expiresOn: string } | null }, worksite: { id: string } | null, program: { id: string } | null };

export type PlacementOpportunityReportingFragment = { id: string, continuumType: WblContinuumType, cedsType: CedsWblType, careerCluster: CareerCluster, partner: { industrySector: string } };

export type PlacementSupervisorFragment = { id: string, roles: Array<ContactRole>, partner: { id: string }, backgroundCheck: { level: ClearanceLevel, status: BackgroundCheckStatus, expiresOn: string | null } | null };

export type PlacementStudentFragment = { id: string, dateOfBirth: string | null, gradeLevel: number | null, enrollmentStatus: StudentEnrollmentStatus | null, school: { id: string } | null, enrollments: Array<{ schoolYear: string, program: { id: string } }> | null };

export type PlacementProgramFragment = { id: string, department: Department };

export const StudentReportingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudentReporting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Student"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"economicallyDisadvantaged"}},{"kind":"Field","name":{"kind":"Name","value":"raceEthnicity"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"englishLearner"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityPlan"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"careerCluster"}}]}}]}}]}}]} as unknown as DocumentNode<StudentReportingFragment, unknown>;
export const AgreementOpportunityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementOpportunity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worksite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementOpportunityFragment, unknown>;
export const AgreementSupervisorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementSupervisor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","alias":{"kind":"Name","value":"jobTitle"},"name":{"kind":"Name","value":"title"}}]}}]} as unknown as DocumentNode<AgreementSupervisorFragment, unknown>;
export const AgreementStudentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementStudent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Student"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}}]}}]} as unknown as DocumentNode<AgreementStudentFragment, unknown>;
export const PlacementOpportunityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementOpportunity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevels"}},{"kind":"Field","name":{"kind":"Name","value":"requiredClearance"}},{"kind":"Field","name":{"kind":"Name","value":"hazardousOccupation"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insuranceExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worksite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlacementOpportunityFragment, unknown>;
export const PlacementOpportunityReportingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementOpportunityReporting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"continuumType"}},{"kind":"Field","name":{"kind":"Name","value":"cedsType"}},{"kind":"Field","name":{"kind":"Name","value":"careerCluster"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industrySector"}}]}}]}}]} as unknown as DocumentNode<PlacementOpportunityReportingFragment, unknown>;
export const PlacementSupervisorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementSupervisor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"backgroundCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}}]}}]} as unknown as DocumentNode<PlacementSupervisorFragment, unknown>;
export const PlacementStudentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementStudent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Student"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}}]}}]}}]} as unknown as DocumentNode<PlacementStudentFragment, unknown>;
export const PlacementProgramFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementProgram"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}}]} as unknown as DocumentNode<PlacementProgramFragment, unknown>;
export const ReportingAttendanceStudentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingAttendanceStudents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYears"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingAttendanceStudents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYears"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYears"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"studentId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"economicallyDisadvantaged"}},{"kind":"Field","name":{"kind":"Name","value":"raceEthnicity"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"englishLearner"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityPlan"}},{"kind":"Field","name":{"kind":"Name","value":"programIds"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"careerClusters"}},{"kind":"Field","name":{"kind":"Name","value":"engagements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"continuumType"}},{"kind":"Field","name":{"kind":"Name","value":"continuumStage"}},{"kind":"Field","name":{"kind":"Name","value":"cedsType"}}]}}]}}]}}]} as unknown as DocumentNode<ReportingAttendanceStudentsQuery, ReportingAttendanceStudentsQueryVariables>;