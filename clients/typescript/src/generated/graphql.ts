/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptOfferInput = {
  placementId: string | number;
};

export type AcceptPartnerInvitationInput = {
  token: string;
};

export type AddressInput = {
  city: string;
  postalCode: string;
  state: string;
  street: string;
};

/** A party to a training agreement. */
export type AgreementParty =
  | 'GUARDIAN'
  | 'SCHOOL_COORDINATOR'
  | 'STUDENT'
  | 'SUPERVISOR';

export type ApplyToOpportunityInput = {
  availability: AvailabilityInput;
  /** At most 100 characters; a retry with the same key returns the original application. */
  idempotencyKey?: string | null | undefined;
  opportunityId: string | number;
  /** Why the student wants the placement, at most 1000 characters. */
  statement: string;
};

export type ApproveTimeEntryInput = {
  id: string | number;
};

export type AttendanceRowInput = {
  status: AttendanceStatus;
  studentId: string | number;
};

export type AttendanceStatus =
  | 'ABSENT'
  | 'EXCUSED'
  | 'PRESENT';

export type AvailabilityInput = {
  /** Defaults to the opportunity's start date. */
  from?: string | null | undefined;
  /** More than 0, at most 40. */
  hoursPerWeek: number;
  /** At most 500 characters. */
  notes?: string | null | undefined;
  /** Defaults to the opportunity's end date. */
  to?: string | null | undefined;
  /** At least one day. */
  weekdays: Array<Weekday>;
};

export type BackgroundCheckStatus =
  | 'CLEARED'
  | 'DENIED'
  | 'PENDING';

export type BulkApproveTimeEntriesInput = {
  ids: Array<string | number>;
};

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

export type ChangePartnerStatusInput = {
  partnerId: string | number;
  reason: string;
  status: PartnerStatus;
};

export type ChangePlacementStatusInput = {
  placementId: string | number;
  /** Required for DECLINED, WITHDRAWN and TERMINATED. */
  reason?: string | null | undefined;
  status: PlacementStatus;
};

/**
 * CPS background check levels. LEVEL_I (fingerprinting, renewed yearly) is needed for one-on-one or
 * unsupervised settings and also covers LEVEL_II activities (one-day speakers, supervised visits).
 */
export type ClearanceLevel =
  | 'LEVEL_I'
  | 'LEVEL_II';

export type CompensationInput = {
  hourlyRate?: number | null | undefined;
  kind: CompensationKind;
};

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

export type CreateExperienceInput = {
  /** At least 1; leave out for no limit. */
  capacity?: number | null | undefined;
  cedsType?: CedsWblType | null | undefined;
  continuumStage: ContinuumStage;
  description?: string | null | undefined;
  /** After startsAt. */
  endsAt: Date;
  /** Grades 6–12, at least one. */
  gradeLevels: Array<number>;
  hostPartnerIds?: Array<string | number>;
  kind: ExperienceKind;
  /** Leave out for a district-wide experience (district and department staff only). */
  schoolId?: string | number | null | undefined;
  startsAt: Date;
  title: string;
};

export type CreateOpportunityInput = {
  careerCluster: CareerCluster;
  cedsType: CedsWblType;
  compensation: CompensationInput;
  continuumType: WblContinuumType;
  description: string;
  endDate: string;
  gradeLevels: Array<number>;
  /** Omit when no hazardous-occupation category applies. */
  hazardousOccupation?: HazardousOccupation | null | undefined;
  minimumAge: number;
  partnerId: string | number;
  programId?: string | number | null | undefined;
  requiredClearance: ClearanceLevel;
  slots: number;
  startDate: string;
  title: string;
  worksiteId?: string | number | null | undefined;
};

export type CreatePartnerBrokerageInput = {
  employerPartnerId: string | number;
  intermediaryPartnerId: string | number;
  /** Today when omitted. */
  since?: string | null | undefined;
  until?: string | null | undefined;
};

export type CreatePartnerContactInput = {
  email: string;
  firstName: string;
  lastName: string;
  partnerId: string | number;
  phone?: string | null | undefined;
  roles: Array<ContactRole>;
  title?: string | null | undefined;
};

export type CreatePartnerInput = {
  capacity: number;
  careerClusters: Array<CareerCluster>;
  industrySector: string;
  kind: PartnerKind;
  name: string;
};

export type CreatePlacementInput = {
  /** Defaults to the opportunity's end date. */
  endDate?: string | null | undefined;
  opportunityId: string | number;
  plannedHours: number;
  /** Defaults to the opportunity's start date. */
  startDate?: string | null | undefined;
  studentId: string | number;
  supervisorId: string | number;
  transportationSupport?: TransportationSupport | null | undefined;
};

export type CreateStudentInput = {
  cohort: number;
  dateOfBirth: string;
  disabilityPlan?: DisabilityPlan;
  districtStudentId: string;
  economicallyDisadvantaged?: boolean;
  email?: string | null | undefined;
  englishLearner?: boolean;
  gender?: Gender;
  gradeLevel: number;
  legalFirstName: string;
  legalLastName: string;
  phone?: string | null | undefined;
  preferredName?: string | null | undefined;
  raceEthnicity: RaceEthnicity;
  schoolId: string | number;
};

export type CreateWebhookEndpointInput = {
  description?: string | null | undefined;
  eventTypes: Array<string>;
  /** The partner whose events it receives; a partner user's own partner when left out. */
  partnerId?: string | number | null | undefined;
  url: string;
};

export type CreateWorksiteInput = {
  address: AddressInput;
  location?: GeoPointInput | null | undefined;
  name: string;
  partnerId: string | number;
  transitAccess?: string | null | undefined;
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

export type DeclineApplicationInput = {
  placementId: string | number;
  reason: string;
};

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

export type DisableWebhookEndpointInput = {
  id: string | number;
};

export type EligibilityRule =
  /** The student's grade is not among the opportunity's grade levels. */
  | 'GRADE_LEVEL'
  /** Younger than the opportunity's minimum age on its start date. */
  | 'MINIMUM_AGE'
  /** Every slot is taken. */
  | 'NO_SLOTS_LEFT'
  /** The opportunity has ended. */
  | 'OPPORTUNITY_ENDED'
  /** The student does not attend a district school now (graduated or withdrawn). */
  | 'STUDENT_NOT_ENROLLED';

export type EndPartnerBrokerageInput = {
  brokerageId: string | number;
  /** Today when omitted; the last day the intermediary acts for the employer. */
  until?: string | null | undefined;
};

/** What an endorsement requirement counts, each from the subgraph that holds it. */
export type EndorsementRequirementKey =
  /** Attended career awareness and exploration experiences (experiences), team challenges aside. */
  | 'CAREER_EXPLORATION_ACTIVITIES'
  /** Early college credit hours earned (credentials). */
  | 'EARLY_COLLEGE_CREDIT_HOURS'
  /** College-level English eligibility (credentials). */
  | 'ENGLISH_READINESS'
  /** An individualized plan for postsecondary education, careers and financial aid (not recorded in CareerGraph). */
  | 'INDIVIDUALIZED_LEARNING_PLAN'
  /** College-level math eligibility (credentials). */
  | 'MATH_READINESS'
  /** Attended team challenges (experiences). */
  | 'TEAM_BASED_CHALLENGES'
  /** Approved work-based learning hours (placements). */
  | 'WORK_BASED_LEARNING_HOURS';

export type EnrollStudentInProgramInput = {
  beginDate: string;
  programId: string | number;
  /** YYYY-YYYY; the begin date must fall inside it (July 1 to June 30). */
  schoolYear: string;
  studentId: string | number;
};

export type EvaluationKind =
  | 'FINAL'
  | 'MIDPOINT';

export type ExitProgramEnrollmentInput = {
  endDate: string;
  enrollmentId: string | number;
  exitReason?: string | null | undefined;
};

export type ExperienceFilter = {
  /** Starting at or after this instant. */
  from?: Date | null | undefined;
  kind?: ExperienceKind | null | undefined;
  /** Experiences of this school (district-wide ones are included). */
  schoolId?: string | number | null | undefined;
  status?: ExperienceStatus | null | undefined;
  /** Starting before this instant. */
  to?: Date | null | undefined;
};

export type ExperienceKind =
  | 'CAREER_FAIR'
  | 'GUEST_SPEAKER'
  | 'JOB_SHADOW_DAY'
  | 'MOCK_INTERVIEW'
  | 'TEAM_CHALLENGE'
  | 'VIRTUAL_SESSION'
  | 'WORKPLACE_TOUR';

export type ExperienceStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PUBLISHED';

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'NONBINARY'
  | 'NOT_REPORTED';

export type GeoPointInput = {
  latitude: number;
  longitude: number;
};

export type GuardianContactInput = {
  email: string;
  name: string;
};

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

export type InterestInventoryInput = {
  /** Strongest first, no repeats. */
  clusters: Array<CareerCluster>;
  name: string;
  /** Not in the future. */
  takenOn: string;
};

export type InvitePartnerInput = {
  contact: InvitedContactInput;
  partner: CreatePartnerInput;
};

/** The invited contact; they become a COORDINATOR contact of the partner. */
export type InvitedContactInput = {
  email: string;
  firstName: string;
  lastName: string;
  phone?: string | null | undefined;
  title?: string | null | undefined;
};

/** How a metric is disaggregated. */
export type MetricDimension =
  /** Work-based learning: the opportunity's career cluster. Credentials: the credential's career cluster. */
  | 'CAREER_CLUSTER'
  /** Credentials only. */
  | 'CREDENTIAL_TYPE'
  /** NONE, IEP or SECTION_504. */
  | 'DISABILITY_PLAN'
  | 'ECONOMICALLY_DISADVANTAGED'
  | 'ENGLISH_LEARNER'
  | 'GENDER'
  | 'GRADE_LEVEL'
  /** Work-based learning: the host partner's industry sector. */
  | 'INDUSTRY'
  | 'RACE_ETHNICITY'
  | 'SCHOOL'
  /** Work-based learning: the opportunity's CEDS type. */
  | 'WBL_CEDS_TYPE'
  /** Work-based learning: the stage of the continuum (AWARENESS, EXPLORATION, PREPARATION), of an opportunity or a group experience. */
  | 'WBL_CONTINUUM_STAGE'
  /** Work-based learning: the opportunity's local continuum type. */
  | 'WBL_CONTINUUM_TYPE';

/** Restricts a metric to published dimensions; all given conditions apply. */
export type MetricFilter = {
  /** Students enrolled in a program of this career cluster in the school year. */
  careerCluster?: CareerCluster | null | undefined;
  /** Students enrolled in a program of this department in the school year. */
  department?: Department | null | undefined;
  /** Students enrolled in this program in the school year. */
  programId?: string | number | null | undefined;
  /** The student's school (as recorded with the event). */
  schoolId?: string | number | null | undefined;
};

export type OfferPlacementInput = {
  placementId: string | number;
  /** A SUPERVISOR contact of the partner whose background check covers the work. */
  supervisorId: string | number;
};

export type OpportunityFilter = {
  careerCluster?: CareerCluster | null | undefined;
  cedsType?: CedsWblType | null | undefined;
  continuumType?: WblContinuumType | null | undefined;
  /** PUBLISHED opportunities running on this date (startDate ≤ date ≤ endDate). */
  openOn?: string | null | undefined;
  partnerId?: string | number | null | undefined;
  programId?: string | number | null | undefined;
  /** Matches the start of any word of the title. */
  search?: string | null | undefined;
  status?: OpportunityStatus | null | undefined;
};

/** Narrows a student's matches; every criterion given must hold. */
export type OpportunityMatchFilter = {
  /** Any of these clusters. */
  careerClusters?: Array<CareerCluster> | null | undefined;
  cedsTypes?: Array<CedsWblType> | null | undefined;
  continuumTypes?: Array<WblContinuumType> | null | undefined;
  /** Running on or after this date (endDate ≥ from). */
  from?: string | null | undefined;
  /** At most this far (straight line) from the student's school; leaves out worksites or schools without a location. */
  maxDistanceKm?: number | null | undefined;
  /** True: WAGE or STIPEND only; false: UNPAID only. */
  paid?: boolean | null | undefined;
  /** Starting on or before this date (startDate ≤ to). */
  to?: string | null | undefined;
  /** True: only worksites whose transit access is described (false or omitted: no narrowing). */
  transitAccessible?: boolean | null | undefined;
};

export type OpportunityStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'PUBLISHED';

export type PartnerFilter = {
  careerCluster?: CareerCluster | null | undefined;
  kind?: PartnerKind | null | undefined;
  /** Matches the start of any word of the partner's name. */
  search?: string | null | undefined;
  status?: PartnerStatus | null | undefined;
};

export type PartnerInvitationStatus =
  | 'ACCEPTED'
  /** PENDING past its expiry. */
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type PartnerKind =
  | 'COMMUNITY_ORGANIZATION'
  | 'EMPLOYER'
  | 'GOVERNMENT_AGENCY'
  | 'INDUSTRY_ASSOCIATION'
  | 'INTERMEDIARY'
  | 'POSTSECONDARY_INSTITUTION';

export type PartnerStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  | 'PROSPECT'
  | 'SUSPENDED'
  | 'VETTING';

export type PlacementFilter = {
  /**
   * Only placements whose updatedAt is after this instant, ordered by updatedAt and id (oldest change
   * first), so a sync resumes from its last endCursor. Records are never deleted nor leave a caller's
   * scope today; see docs/integration.md, "Syncing changes".
   */
  changedSince?: Date | null | undefined;
  opportunityId?: string | number | null | undefined;
  partnerId?: string | number | null | undefined;
  /** The school snapshot taken at creation. */
  schoolId?: string | number | null | undefined;
  schoolYear?: string | null | undefined;
  status?: PlacementStatus | null | undefined;
  studentId?: string | number | null | undefined;
};

export type PlacementStatus =
  | 'ACCEPTED'
  | 'ACTIVE'
  | 'APPLIED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'OFFERED'
  | 'TERMINATED'
  | 'WITHDRAWN';

export type PrepareTrainingAgreementInput = {
  /** The parent or guardian to send a signing link (a student under 18 needs one to sign). */
  guardian?: GuardianContactInput | null | undefined;
  placementId: string | number;
  /** The student's contact details the terms share with the host partner; the placement's current ones when omitted. */
  sharedStudentContact?: Array<StudentContactDetail> | null | undefined;
  /** Most hours a week the terms allow; the placement's recorded cap when omitted (required when there is none). */
  weeklyHourCap?: number | null | undefined;
};

export type ProgramFilter = {
  careerCluster?: CareerCluster | null | undefined;
  department?: Department | null | undefined;
  schoolId?: string | number | null | undefined;
};

export type PublishOpportunityInput = {
  opportunityId: string | number;
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

export type RecordBackgroundCheckInput = {
  /** Required when status is CLEARED. */
  clearedOn?: string | null | undefined;
  contactId: string | number;
  /** Required when status is CLEARED; LEVEL_I checks last at most a year. */
  expiresOn?: string | null | undefined;
  level: ClearanceLevel;
  status: BackgroundCheckStatus;
};

export type RecordCourseCompletionInput = {
  completedOn: string;
  courseCode: string;
  courseTitle: string;
  earnedCredits: number;
  enrollmentId: string | number;
};

export type RecordCredentialAwardInput = {
  credentialId: string | number;
  /** College courses only (required for them): at most the course's credit hours; 0 for F and W. */
  creditHoursEarned?: number | null | undefined;
  /** Not in the future. */
  earnedOn: string;
  /** After earnedOn; leave out when the credential does not expire. */
  expiresOn?: string | null | undefined;
  /** College courses only (required for them). */
  grade?: CourseGrade | null | undefined;
  studentId: string | number;
  /** College courses only (required for them): YYYY-FALL, YYYY-SPRING or YYYY-SUMMER. */
  term?: string | null | undefined;
};

export type RecordEvaluationInput = {
  collaboration: number;
  comments?: string | null | undefined;
  communication: number;
  kind: EvaluationKind;
  placementId: string | number;
  problemSolving: number;
  professionalism: number;
  technicalSkills: number;
};

export type RecordPartnerAgreementInput = {
  expiresOn: string;
  partnerId: string | number;
  signedOn: string;
};

export type RecordPartnerInsuranceInput = {
  certificateExpiresOn: string;
  partnerId: string | number;
};

export type RecordReflectionInput = {
  placementId: string | number;
  text: string;
};

export type RecordTrainingAgreementInput = {
  employmentCertificateOn?: string | null | undefined;
  parentConsentOn?: string | null | undefined;
  placementId: string | number;
  /** The student's contact details the host partner may see; none when omitted. */
  sharedStudentContact?: Array<StudentContactDetail> | null | undefined;
  signedOn: string;
  weeklyHourCap: number;
};

export type RegistrationSource =
  /** The student registered themself. */
  | 'SELF'
  /** Staff registered the student. */
  | 'STAFF'
  /** Registered by attendance: the student came without registering. */
  | 'WALK_IN';

export type RegistrationStatus =
  | 'CANCELLED'
  | 'REGISTERED';

export type RejectTimeEntryInput = {
  id: string | number;
  reason: string;
};

export type ReplayWebhookDeliveryInput = {
  id: string | number;
};

export type ResendPartnerInvitationInput = {
  invitationId: string | number;
};

export type RevokePartnerInvitationInput = {
  invitationId: string | number;
};

export type RotateWebhookEndpointSecretInput = {
  id: string | number;
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

export type SignTrainingAgreementInput = {
  /** The `contentHash` of the terms the signer read; refused unless it is the current version's. */
  contentHash: string;
  placementId: string | number;
  /** The version being signed; refused when it is no longer the current one. */
  version: number;
};

/** A student contact detail a training agreement may share with the host partner. */
export type StudentContactDetail =
  | 'EMAIL'
  | 'PHONE';

/**
 * Whether a student attends a district school. A graduate's record stays: the school years they were
 * enrolled count in reporting (Perkins, the graduating cohort, work-based learning) for years after.
 */
export type StudentEnrollmentStatus =
  | 'ENROLLED'
  | 'GRADUATED'
  /** Left the district: the student information system's roster marked the student tobedeleted (OneRoster import); the record stays. */
  | 'WITHDRAWN';

export type StudentFilter = {
  cohort?: number | null | undefined;
  /** ENROLLED when not given: graduates are listed only when asked for. */
  enrollmentStatus?: StudentEnrollmentStatus | null | undefined;
  gradeLevel?: number | null | undefined;
  /** Students with an enrollment in this program, in any school year. */
  programId?: string | number | null | undefined;
  schoolId?: string | number | null | undefined;
  /** Matches the start of a legal or preferred name, or the district student id. */
  search?: string | null | undefined;
};

export type SubmitPartnerForVettingInput = {
  partnerId: string | number;
};

export type SubmitTimeEntryInput = {
  activityNotes?: string | null | undefined;
  durationMinutes?: number | null | undefined;
  endTime?: string | null | undefined;
  /** Unique per placement; a retry with the same key and content returns the original entry. */
  idempotencyKey: string;
  mealBreakMinutes?: number | null | undefined;
  placementId: string | number;
  /** HH:MM; give startTime and endTime, or durationMinutes (students under 16 must give times). */
  startTime?: string | null | undefined;
  workDate: string;
};

export type TeamResultInput = {
  /** Students who attended (PRESENT), each on one team only. */
  memberIds: Array<string | number>;
  name: string;
  notes?: string | null | undefined;
  rank?: number | null | undefined;
  score?: number | null | undefined;
};

export type TimeEntryFilter = {
  /** Only entries whose updatedAt is after this instant, ordered by updatedAt and id (oldest change first). */
  changedSince?: Date | null | undefined;
  placementId?: string | number | null | undefined;
  status?: TimeEntryStatus | null | undefined;
};

export type TimeEntryStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'SUBMITTED';

/** How the district helps the student get to the worksite. */
export type TransportationSupport =
  | 'DISTRICT_TRANSPORT'
  | 'MILEAGE_REIMBURSEMENT'
  | 'NONE'
  | 'TRANSIT_PASS';

export type UpdateCareerInterestsInput = {
  /** Most interesting first: at most 5, no repeats; empty clears them. */
  clusters: Array<CareerCluster>;
  /** Omit to keep the recorded result; null clears it. */
  inventory?: InterestInventoryInput | null | undefined;
  studentId: string | number;
};

/** Fields left out stay as they are; an empty description clears it. */
export type UpdateExperienceInput = {
  /** Not below the seats already taken. */
  capacity?: number | null | undefined;
  cedsType?: CedsWblType | null | undefined;
  continuumStage?: ContinuumStage | null | undefined;
  description?: string | null | undefined;
  endsAt?: Date | null | undefined;
  gradeLevels?: Array<number> | null | undefined;
  hostPartnerIds?: Array<string | number> | null | undefined;
  id: string | number;
  startsAt?: Date | null | undefined;
  title?: string | null | undefined;
};

export type UpdateOpportunityInput = {
  careerCluster?: CareerCluster | null | undefined;
  cedsType?: CedsWblType | null | undefined;
  compensation?: CompensationInput | null | undefined;
  continuumType?: WblContinuumType | null | undefined;
  description?: string | null | undefined;
  endDate?: string | null | undefined;
  gradeLevels?: Array<number> | null | undefined;
  /** Null clears it (no hazardous-occupation category applies); omit to keep it. */
  hazardousOccupation?: HazardousOccupation | null | undefined;
  id: string | number;
  minimumAge?: number | null | undefined;
  programId?: string | number | null | undefined;
  requiredClearance?: ClearanceLevel | null | undefined;
  slots?: number | null | undefined;
  startDate?: string | null | undefined;
  title?: string | null | undefined;
  worksiteId?: string | number | null | undefined;
};

export type UpdatePartnerInput = {
  capacity?: number | null | undefined;
  careerClusters?: Array<CareerCluster> | null | undefined;
  id: string | number;
  industrySector?: string | null | undefined;
  kind?: PartnerKind | null | undefined;
  name?: string | null | undefined;
};

/** Fields left out stay as they are. */
export type UpdateStudentInput = {
  cohort?: number | null | undefined;
  dateOfBirth?: string | null | undefined;
  disabilityPlan?: DisabilityPlan | null | undefined;
  economicallyDisadvantaged?: boolean | null | undefined;
  /** Pass an empty string to clear it. */
  email?: string | null | undefined;
  englishLearner?: boolean | null | undefined;
  /** GRADUATED for a grade-12 student whose class may graduate (as graduateClass: NOT_A_SENIOR, CLASS_NOT_GRADUATING_YET otherwise); back to ENROLLED when recorded in error. */
  enrollmentStatus?: StudentEnrollmentStatus | null | undefined;
  gender?: Gender | null | undefined;
  gradeLevel?: number | null | undefined;
  id: string | number;
  legalFirstName?: string | null | undefined;
  legalLastName?: string | null | undefined;
  /** Pass an empty string to clear it. */
  phone?: string | null | undefined;
  /** Pass an empty string to clear it (the legal first name is shown instead). */
  preferredName?: string | null | undefined;
  raceEthnicity?: RaceEthnicity | null | undefined;
  schoolId?: string | number | null | undefined;
};

export type UpdateWebhookEndpointInput = {
  description?: string | null | undefined;
  enabled?: boolean | null | undefined;
  eventTypes?: Array<string> | null | undefined;
  id: string | number;
  url?: string | null | undefined;
};

export type VerificationStatus =
  /** Withdrawn (recorded in error or revoked by the issuer); final. */
  | 'REVOKED'
  /** Recorded from the student's or a counselor's report, not yet checked against the issuer. */
  | 'SELF_REPORTED'
  /** Checked against the issuer's record. */
  | 'VERIFIED';

/** The local (CPS / Illinois) work-based learning continuum. */
export type WblContinuumType =
  | 'APPRENTICESHIP'
  | 'CAREER_AWARENESS'
  | 'CAREER_DEVELOPMENT_EXPERIENCE'
  | 'CAREER_EXPLORATION'
  | 'PRE_APPRENTICESHIP'
  | 'TEAM_BASED_CHALLENGE'
  | 'YOUTH_APPRENTICESHIP';

export type WebhookDeliveryFilter = {
  endpointId?: string | number | null | undefined;
  status?: WebhookDeliveryStatus | null | undefined;
};

export type WebhookDeliveryStatus =
  /** Every attempt failed; no more are made unless it is replayed. */
  | 'DEAD'
  /** Delivered: the receiver answered 2xx. */
  | 'DELIVERED'
  /** The last attempt failed; another is scheduled. */
  | 'FAILED'
  /** Queued, not yet attempted (or replayed). */
  | 'PENDING';

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type WithdrawApplicationInput = {
  placementId: string | number;
  reason?: string | null | undefined;
};

export type MetricFigureFragment = { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean };

export type GroupFigureFragment = { key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null };

export type DashboardHeadlinesQueryVariables = Exact<{
  year: string | number;
}>;


export type DashboardHeadlinesQuery = { schoolYears: Array<{ id: string, workBasedLearning: { hasData: boolean, studentsEngaged: { value: number | null, suppressed: boolean }, hoursApproved: { value: number | null, suppressed: boolean } } | null, graduatingCohort: { hasData: boolean, advancedCreditOrCredentialRate: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null, credentialAttainment: { hasData: boolean, earlyCollegeCreditHours: { value: number | null, suppressed: boolean }, estimatedTuitionSavings: { value: number | null, suppressed: boolean } } | null }> | null, schoolYear: { id: string, schools: Array<{ id: string, name: string, kind: SchoolKind, workBasedLearning: { hasData: boolean, studentsEngaged: { value: number | null, suppressed: boolean }, hoursApproved: { value: number | null, suppressed: boolean } } | null, graduatingCohort: { hasData: boolean, advancedCreditOrCredentialRate: { value: number | null, suppressed: boolean } } | null, credentialAttainment: { hasData: boolean, earlyCollegeCreditHours: { value: number | null, suppressed: boolean }, estimatedTuitionSavings: { value: number | null, suppressed: boolean } } | null }> | null } | null };

export type SchoolYearMetricsQueryVariables = Exact<{
  year: string | number;
  by: MetricDimension;
  filter?: MetricFilter | null | undefined;
}>;


export type SchoolYearMetricsQuery = { schoolYear: { id: string, workBasedLearning: { hasData: boolean, studentsEngaged: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> }, hoursApproved: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> }, placementsCompleted: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, partnersHosting: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null, credentialAttainment: { hasData: boolean, awards: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, studentsAwarded: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> }, earlyCollegeCreditHours: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, estimatedTuitionSavings: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null, collegeReadiness: { hasData: boolean, mathEligibilityRate: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> }, englishEligibilityRate: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> } } | null, perkins: { hasData: boolean, participants: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, concentrators: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> }, indicator5S1: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> }, indicator5S2: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, indicator5S3: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null, graduatingCohort: { hasData: boolean, students: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, advancedCreditOrCredentialRate: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> }, semesterGoalRate: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null, schools: Array<{ id: string, name: string, workBasedLearning: { studentsEngaged: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> }, hoursApproved: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null, credentialAttainment: { studentsAwarded: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, earlyCollegeCreditHours: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null, collegeReadiness: { mathEligibilityRate: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null, perkins: { concentrators: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, indicator5S3: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null, graduatingCohort: { advancedCreditOrCredentialRate: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null }> | null } | null };

export type WorkBasedLearningByKindQueryVariables = Exact<{
  year: string | number;
  filter?: MetricFilter | null | undefined;
}>;


export type WorkBasedLearningByKindQuery = { schoolYear: { id: string, workBasedLearning: { studentsEngaged: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, continuum: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }>, ceds: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }>, industries: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }>, clusters: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> } } | null } | null };

export type MetricTrendsQueryVariables = Exact<{
  from?: string | number | null | undefined;
  to?: string | number | null | undefined;
  by: MetricDimension;
}>;


export type MetricTrendsQuery = { schoolYears: Array<{ id: string, workBasedLearning: { studentsEngaged: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null, perkins: { indicator5S3: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> } } | null, graduatingCohort: { advancedCreditOrCredentialRate: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> } } | null, collegeReadiness: { mathEligibilityRate: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, englishEligibilityRate: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null }> | null };

export type DashboardPanelsQueryVariables = Exact<{
  year: string | number;
  filter?: MetricFilter | null | undefined;
  programs?: ProgramFilter | null | undefined;
  perProgram?: MetricFilter | null | undefined;
  by: MetricDimension;
}>;


export type DashboardPanelsQuery = { schoolYears: Array<{ id: string, workBasedLearning: { hasData: boolean, studentsEngaged: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, hoursApproved: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, placementsCompleted: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, partnersHosting: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null, experiences: { hasData: boolean, studentsAttending: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, experiencesHeld: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null, perkins: { hasData: boolean, participants: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, concentrators: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, indicator5S1: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> }, indicator5S2: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> }, indicator5S3: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> } } | null, collegeReadiness: { hasData: boolean, mathEligibilityRate: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> }, englishEligibilityRate: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> } } | null, credentialAttainment: { hasData: boolean, earlyCollegeCreditHours: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, estimatedTuitionSavings: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null, graduatingCohort: { hasData: boolean, students: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, advancedCreditOrCredentialRate: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> }, semesterGoalRate: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> } } | null, endorsement: { hasData: boolean, students: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, studentsEarned: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, studentsOnTrack: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null }> | null, schoolYear: { id: string, workBasedLearning: { hasData: boolean, studentsEngaged: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, continuum: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }>, ceds: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> }, hoursApproved: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, continuum: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }>, ceds: Array<{ key: string, value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, gap: number | null }> } } | null, experiences: { hasData: boolean, studentsAttending: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, studentsInCareerAwareness: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, studentsInCareerExploration: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, studentsInCareerPreparation: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null } | null, programs: Array<{ id: string, name: string, perkins: { hasData: boolean, participants: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, concentrators: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, indicator5S1: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, indicator5S2: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, indicator5S3: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null }> | null };

export type DashboardDrillDownQueryVariables = Exact<{
  year: string | number;
  filter?: MetricFilter | null | undefined;
  perProgram?: MetricFilter | null | undefined;
  district: boolean;
  schoolId?: string | number | null | undefined;
}>;


export type DashboardDrillDownQuery = { schoolYear: { id: string, schools: Array<{ id: string, name: string, kind: SchoolKind, network: string, programs: Array<{ id: string }> } & { workBasedLearning?: { hasData: boolean, studentsEngaged: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, hoursApproved: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null, perkins?: { hasData: boolean, concentrators: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, indicator5S3: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null, graduatingCohort?: { hasData: boolean, advancedCreditOrCredentialRate: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null }> | null } | null, catalog: Array<{ id: string, name: string, department: Department, careerCluster: CareerCluster }> | null, schoolPrograms?: Array<{ id: string, name: string, department: Department, workBasedLearning: { hasData: boolean, studentsEngaged: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, hoursApproved: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null, perkins: { hasData: boolean, concentrators: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean }, indicator5S3: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean } } | null }> | null };

export type StudentCredentialsQueryVariables = Exact<{
  id: string | number;
  verificationStatus?: VerificationStatus | null | undefined;
}>;


export type StudentCredentialsQuery = { student: { id: string, preferredName: string | null, earlyCollegeCreditHours: number | null, estimatedTuitionSavings: number | null, meetsAdvancedCreditGoal: boolean | null, school: { id: string, name: string } | null, credentials: Array<{ id: string, verificationStatus: VerificationStatus, earnedOn: string, schoolYear: string, expiresOn: string | null, term: string | null, grade: CourseGrade | null, creditHoursEarned: number | null, school: { id: string } | null, credential: { id: string, name: string, type: CredentialType, creditHours: number | null } }> | null, collegeReadiness: { math: { eligible: boolean, basis: ReadinessBasis, detail: string | null, asOf: string } | null, english: { eligible: boolean, basis: ReadinessBasis, detail: string | null, asOf: string } | null } | null } | null };

export type CredentialCatalogQueryVariables = Exact<{
  filter?: CredentialFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CredentialCatalogQuery = { credentials: { totalCount: number, edges: Array<{ node: { id: string, name: string, type: CredentialType, careerCluster: CareerCluster, creditHours: number | null, ctid: string | null, advancedCertification: boolean, recognizedPostsecondaryCredential: boolean, issuer: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type CredentialAwardBadgeQueryVariables = Exact<{
  id: string | number;
}>;


export type CredentialAwardBadgeQuery = { credentialAward: { id: string, openBadgeCredential: string | null, student: { id: string, preferredName: string | null } | null, credential: { name: string } } | null };

export type RecordCredentialAwardMutationVariables = Exact<{
  input: RecordCredentialAwardInput;
}>;


export type RecordCredentialAwardMutation = { recordCredentialAward: { award: { id: string, earnedOn: string, schoolYear: string, verificationStatus: VerificationStatus, creditHoursEarned: number | null, credential: { id: string, name: string } } } };

export type CareerInterestsFieldsFragment = { clusters: Array<CareerCluster>, updatedAt: Date, inventory: { name: string, takenOn: string, clusters: Array<CareerCluster> } | null };

export type MyCareerInterestsQueryVariables = Exact<{
  studentId: string | number;
}>;


export type MyCareerInterestsQuery = { student: { id: string, careerInterests: { clusters: Array<CareerCluster>, updatedAt: Date, inventory: { name: string, takenOn: string, clusters: Array<CareerCluster> } | null } | null } | null };

export type UpdateCareerInterestsMutationVariables = Exact<{
  input: UpdateCareerInterestsInput;
}>;


export type UpdateCareerInterestsMutation = { updateCareerInterests: { student: { id: string, careerInterests: { clusters: Array<CareerCluster>, updatedAt: Date, inventory: { name: string, takenOn: string, clusters: Array<CareerCluster> } | null } | null } } };

export type OpportunitiesForMeQueryVariables = Exact<{
  filter?: OpportunityMatchFilter | null | undefined;
  includeIneligible?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OpportunitiesForMeQuery = { opportunitiesForMe: { totalCount: number, edges: Array<{ cursor: string, node: { score: number, whyRecommended: Array<string>, distanceKm: number | null, eligible: boolean, failedRules: Array<{ rule: EligibilityRule, message: string }>, opportunity: { id: string, title: string, careerCluster: CareerCluster, continuumType: WblContinuumType, startDate: string, endDate: string, slotsRemaining: number | null, compensation: { kind: CompensationKind, hourlyRate: number | null }, partner: { id: string, name: string }, worksite: { id: string, name: string, transitAccess: string | null } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type StudentEndorsementProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type StudentEndorsementProgressQuery = { student: { id: string, endorsementProgress: { endorsement: string, requirementsMet: number, requirementsTotal: number, earned: boolean, onTrack: boolean, requirements: Array<{ key: EndorsementRequirementKey, description: string, recorded: boolean, met: boolean, progress: string, missing: string | null }> } | null } | null };

export type EndorsementMetricsQueryVariables = Exact<{
  year: string | number;
  breakdown?: MetricDimension;
}>;


export type EndorsementMetricsQuery = { schoolYear: { id: string, endorsement: { hasData: boolean, students: { value: number | null, suppressed: boolean }, studentsEarned: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, suppressed: boolean }> }, studentsOnTrack: { value: number | null, numerator: number | null, denominator: number | null, suppressed: boolean, breakdown: Array<{ key: string, value: number | null, suppressed: boolean }> } } | null, schools: Array<{ id: string, name: string, endorsement: { hasData: boolean, studentsEarned: { value: number | null, suppressed: boolean }, studentsOnTrack: { value: number | null, suppressed: boolean } } | null }> | null } | null };

export type CreateExperienceMutationVariables = Exact<{
  input: CreateExperienceInput;
}>;


export type CreateExperienceMutation = { createExperience: { experience: { id: string, kind: ExperienceKind, title: string, description: string | null, status: ExperienceStatus, startsAt: Date, endsAt: Date, schoolYear: string, gradeLevels: Array<number>, capacity: number | null, seatsTaken: number, continuumStage: ContinuumStage, cedsType: CedsWblType | null, school: { id: string, name: string } | null, hosts: Array<{ id: string, name: string }> } } };

export type UpdateExperienceMutationVariables = Exact<{
  input: UpdateExperienceInput;
}>;


export type UpdateExperienceMutation = { updateExperience: { experience: { id: string, kind: ExperienceKind, title: string, description: string | null, status: ExperienceStatus, startsAt: Date, endsAt: Date, schoolYear: string, gradeLevels: Array<number>, capacity: number | null, seatsTaken: number, continuumStage: ContinuumStage, cedsType: CedsWblType | null, school: { id: string, name: string } | null, hosts: Array<{ id: string, name: string }> } } };

export type PublishExperienceMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishExperienceMutation = { publishExperience: { experience: { id: string, status: ExperienceStatus } } };

export type CancelExperienceMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelExperienceMutation = { cancelExperience: { experience: { id: string, status: ExperienceStatus } } };

export type CompleteExperienceMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteExperienceMutation = { completeExperience: { experience: { id: string, status: ExperienceStatus } } };

export type UpcomingExperiencesQueryVariables = Exact<{
  filter?: ExperienceFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UpcomingExperiencesQuery = { experiences: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: ExperienceKind, title: string, description: string | null, status: ExperienceStatus, startsAt: Date, endsAt: Date, schoolYear: string, gradeLevels: Array<number>, capacity: number | null, seatsTaken: number, continuumStage: ContinuumStage, cedsType: CedsWblType | null, school: { id: string, name: string } | null, hosts: Array<{ id: string, name: string }> } }> } | null };

export type RegisterForExperienceMutationVariables = Exact<{
  experienceId: string | number;
}>;


export type RegisterForExperienceMutation = { registerForExperience: { registration: { id: string, status: RegistrationStatus, source: RegistrationSource, experience: { id: string, seatsTaken: number } } } };

export type RegisterStudentsForExperienceMutationVariables = Exact<{
  experienceId: string | number;
  studentIds: Array<string | number> | string | number;
}>;


export type RegisterStudentsForExperienceMutation = { registerStudentsForExperience: { registrations: Array<{ id: string, source: RegistrationSource, student: { id: string } }> } };

export type CancelExperienceRegistrationMutationVariables = Exact<{
  experienceId: string | number;
  studentId?: string | number | null | undefined;
}>;


export type CancelExperienceRegistrationMutation = { cancelRegistration: { registration: { id: string, status: RegistrationStatus } } };

export type ExperienceRosterQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExperienceRosterQuery = { experience: { id: string, kind: ExperienceKind, title: string, description: string | null, status: ExperienceStatus, startsAt: Date, endsAt: Date, schoolYear: string, gradeLevels: Array<number>, capacity: number | null, seatsTaken: number, continuumStage: ContinuumStage, cedsType: CedsWblType | null, registrations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, source: RegistrationSource, registeredAt: Date, student: { id: string, preferredName: string | null, gradeLevel: number | null } } }> } | null, attendance: { totalCount: number, edges: Array<{ node: { status: AttendanceStatus, recordedAt: Date, student: { id: string } } }> } | null, teams: Array<{ name: string, rank: number | null, score: number | null, notes: string | null, members: Array<{ id: string }> }> | null, school: { id: string, name: string } | null, hosts: Array<{ id: string, name: string }> } | null };

export type RecordExperienceAttendanceMutationVariables = Exact<{
  experienceId: string | number;
  attendance: Array<AttendanceRowInput> | AttendanceRowInput;
}>;


export type RecordExperienceAttendanceMutation = { recordExperienceAttendance: { changed: number, walkIns: number, experience: { id: string, seatsTaken: number } } };

export type RecordTeamChallengeResultsMutationVariables = Exact<{
  experienceId: string | number;
  teams: Array<TeamResultInput> | TeamResultInput;
}>;


export type RecordTeamChallengeResultsMutation = { recordTeamChallengeResults: { experience: { id: string, teams: Array<{ name: string, rank: number | null, score: number | null, members: Array<{ id: string }> }> | null } } };

export type StudentExperienceHistoryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StudentExperienceHistoryQuery = { student: { id: string, preferredName: string | null, experiences: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { registrationStatus: RegistrationStatus, attendance: AttendanceStatus | null, team: { name: string, rank: number | null } | null, experience: { id: string, kind: ExperienceKind, title: string, startsAt: Date, continuumStage: ContinuumStage, cedsType: CedsWblType | null, school: { id: string } | null, hosts: Array<{ id: string, name: string }> } } }> } | null } | null };

export type ExperienceEngagementQueryVariables = Exact<{
  schoolYear: string | number;
  filter?: MetricFilter | null | undefined;
}>;


export type ExperienceEngagementQuery = { schoolYear: { id: string, experiences: { hasData: boolean, studentsAttending: { value: number | null, suppressed: boolean, byStage: Array<{ key: string, value: number | null, suppressed: boolean }>, bySchool: Array<{ key: string, value: number | null, suppressed: boolean }> }, studentsInCareerAwareness: { value: number | null, suppressed: boolean }, studentsInCareerExploration: { value: number | null, suppressed: boolean }, studentsInCareerPreparation: { value: number | null, suppressed: boolean }, experiencesHeld: { value: number | null, suppressed: boolean } } | null } | null };

export type ExperienceSummaryFragment = { id: string, kind: ExperienceKind, title: string, description: string | null, status: ExperienceStatus, startsAt: Date, endsAt: Date, schoolYear: string, gradeLevels: Array<number>, capacity: number | null, seatsTaken: number, continuumStage: ContinuumStage, cedsType: CedsWblType | null, school: { id: string, name: string } | null, hosts: Array<{ id: string, name: string }> };

export type RecordPartnerAgreementMutationVariables = Exact<{
  input: RecordPartnerAgreementInput;
}>;


export type RecordPartnerAgreementMutation = { recordPartnerAgreement: { partner: { id: string, agreement: { signedOn: string, expiresOn: string, current: boolean } | null } } };

export type RecordPartnerInsuranceMutationVariables = Exact<{
  input: RecordPartnerInsuranceInput;
}>;


export type RecordPartnerInsuranceMutation = { recordPartnerInsurance: { partner: { id: string, insuranceExpiresOn: string | null } } };

export type CreateWorksiteMutationVariables = Exact<{
  input: CreateWorksiteInput;
}>;


export type CreateWorksiteMutation = { createWorksite: { worksite: { id: string, name: string, address: { street: string, city: string } } } };

export type CreatePartnerContactMutationVariables = Exact<{
  input: CreatePartnerContactInput;
}>;


export type CreatePartnerContactMutation = { createPartnerContact: { contact: { id: string, firstName: string, lastName: string, roles: Array<ContactRole> } } };

export type RecordBackgroundCheckMutationVariables = Exact<{
  input: RecordBackgroundCheckInput;
}>;


export type RecordBackgroundCheckMutation = { recordBackgroundCheck: { contact: { id: string, backgroundCheck: { level: ClearanceLevel, status: BackgroundCheckStatus, clearedOn: string | null, expiresOn: string | null } | null } } };

export type CreateOpportunityMutationVariables = Exact<{
  input: CreateOpportunityInput;
}>;


export type CreateOpportunityMutation = { createOpportunity: { opportunity: { id: string, status: OpportunityStatus, title: string } } };

export type PublishOpportunityMutationVariables = Exact<{
  input: PublishOpportunityInput;
}>;


export type PublishOpportunityMutation = { publishOpportunity: { opportunity: { id: string, status: OpportunityStatus, publishedAt: Date | null } } };

export type InvitePartnerMutationVariables = Exact<{
  input: InvitePartnerInput;
}>;


export type InvitePartnerMutation = { invitePartner: { invitation: { id: string, email: string, status: PartnerInvitationStatus, expiresAt: Date, partner: { id: string, name: string, status: PartnerStatus } }, link: { token: string, url: string, expiresAt: Date } } };

export type ResendPartnerInvitationMutationVariables = Exact<{
  input: ResendPartnerInvitationInput;
}>;


export type ResendPartnerInvitationMutation = { resendPartnerInvitation: { invitation: { id: string, status: PartnerInvitationStatus, expiresAt: Date }, link: { token: string, url: string, expiresAt: Date } } };

export type RevokePartnerInvitationMutationVariables = Exact<{
  input: RevokePartnerInvitationInput;
}>;


export type RevokePartnerInvitationMutation = { revokePartnerInvitation: { invitation: { id: string, status: PartnerInvitationStatus } } };

export type AcceptPartnerInvitationMutationVariables = Exact<{
  input: AcceptPartnerInvitationInput;
}>;


export type AcceptPartnerInvitationMutation = { acceptPartnerInvitation: { partnerId: string, partnerName: string, memberSince: Date } };

export type UpdatePartnerProfileMutationVariables = Exact<{
  input: UpdatePartnerInput;
}>;


export type UpdatePartnerProfileMutation = { updatePartner: { partner: { id: string, name: string, industrySector: string, careerClusters: Array<CareerCluster>, capacity: number } } };

export type UpdateOpportunityMutationVariables = Exact<{
  input: UpdateOpportunityInput;
}>;


export type UpdateOpportunityMutation = { updateOpportunity: { opportunity: { id: string, status: OpportunityStatus, title: string, slots: number } } };

export type SubmitPartnerForVettingMutationVariables = Exact<{
  input: SubmitPartnerForVettingInput;
}>;


export type SubmitPartnerForVettingMutation = { submitPartnerForVetting: { partner: { id: string, status: PartnerStatus, statusHistory: Array<{ toStatus: PartnerStatus, reason: string, changedAt: Date }> | null } } };

export type CreatePartnerBrokerageMutationVariables = Exact<{
  input: CreatePartnerBrokerageInput;
}>;


export type CreatePartnerBrokerageMutation = { createPartnerBrokerage: { brokerage: { id: string, intermediaryName: string, employerName: string, since: string, until: string | null, active: boolean } } };

export type EndPartnerBrokerageMutationVariables = Exact<{
  input: EndPartnerBrokerageInput;
}>;


export type EndPartnerBrokerageMutation = { endPartnerBrokerage: { brokerage: { id: string, until: string | null, active: boolean } } };

export type PartnerBrokeragesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnerBrokeragesQuery = { partner: { id: string, name: string, brokeredEmployers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, employerPartnerId: string, employerName: string, since: string, until: string | null, active: boolean } }> } | null, brokeredBy: { totalCount: number, edges: Array<{ node: { id: string, intermediaryPartnerId: string, intermediaryName: string, active: boolean } }> } | null } | null };

export type MyOpportunitiesQueryVariables = Exact<{
  filter?: OpportunityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyOpportunitiesQuery = { opportunities: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: OpportunityStatus, startDate: string } }> } | null };

export type PlacementsChangedSinceQueryVariables = Exact<{
  since: Date;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlacementsChangedSinceQuery = { placements: { edges: Array<{ node: { id: string, updatedAt: Date, status: PlacementStatus, schoolYear: string, startDate: string, endDate: string, plannedHours: number, student: { id: string } | null, opportunity: { id: string } | null, supervisor: { id: string } | null, trainingAgreement: { signedOn: string | null, weeklyHourCap: number } | null, evaluations: Array<{ id: string, kind: EvaluationKind, communication: number, collaboration: number, professionalism: number, problemSolving: number, technicalSkills: number, comments: string | null, evaluatedAt: Date, updatedAt: Date }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type TimeEntriesChangedSinceQueryVariables = Exact<{
  since: Date;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TimeEntriesChangedSinceQuery = { timeEntries: { edges: Array<{ node: { id: string, updatedAt: Date, workDate: string, startTime: string | null, endTime: string | null, mealBreakMinutes: number, durationMinutes: number, status: TimeEntryStatus, rejectionReason: string | null, decidedAt: Date | null, submittedAt: Date, placement: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type PartnerDirectoryQueryVariables = Exact<{
  filter?: PartnerFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnerDirectoryQuery = { partners: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, kind: PartnerKind, status: PartnerStatus, careerClusters: Array<CareerCluster> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type PartnerProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerProfileQuery = { partner: { id: string, name: string, kind: PartnerKind, industrySector: string, status: PartnerStatus, capacity: number, insuranceExpiresOn: string | null, agreement: { signedOn: string, expiresOn: string, current: boolean } | null, statusHistory: Array<{ fromStatus: PartnerStatus | null, toStatus: PartnerStatus, changedBy: string, changedAt: Date, reason: string }> | null, worksites: Array<{ id: string, name: string, transitAccess: string | null, address: { street: string, city: string, state: string, postalCode: string }, location: { latitude: number, longitude: number } | null }>, contacts: Array<{ id: string, firstName: string, lastName: string, roles: Array<ContactRole>, backgroundCheck: { level: ClearanceLevel, status: BackgroundCheckStatus, expiresOn: string | null } | null }> | null, opportunities: { totalCount: number, edges: Array<{ node: { id: string, title: string } }> } } | null };

export type OpenOpportunitiesQueryVariables = Exact<{
  filter?: OpportunityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OpenOpportunitiesQuery = { opportunities: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string, continuumType: WblContinuumType, cedsType: CedsWblType, careerCluster: CareerCluster, startDate: string, endDate: string, slots: number, gradeLevels: Array<number>, minimumAge: number, requiredClearance: ClearanceLevel, status: OpportunityStatus, compensation: { kind: CompensationKind, hourlyRate: number | null }, partner: { id: string, name: string }, worksite: { id: string, name: string } | null, program: { id: string, name: string, department: Department } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type CreatePartnerMutationVariables = Exact<{
  input: CreatePartnerInput;
}>;


export type CreatePartnerMutation = { createPartner: { partner: { id: string, name: string, status: PartnerStatus } } };

export type ChangePartnerStatusMutationVariables = Exact<{
  input: ChangePartnerStatusInput;
}>;


export type ChangePartnerStatusMutation = { changePartnerStatus: { partner: { id: string, status: PartnerStatus }, change: { fromStatus: PartnerStatus | null, toStatus: PartnerStatus, changedBy: string, reason: string } } };

export type PlacementSummaryFragment = { id: string, status: PlacementStatus, schoolYear: string, startDate: string, endDate: string, plannedHours: number, approvedHours: number, pendingHours: number, transportationSupport: TransportationSupport, compensation: { kind: CompensationKind, hourlyRate: number | null }, student: { id: string, preferredName: string | null, legalLastName: string | null, gradeLevel: number | null } | null, opportunity: { id: string, title: string, slotsRemaining: number | null } | null, partner: { id: string, name: string } | null, supervisor: { id: string, firstName: string, lastName: string } | null, school: { id: string, name: string } | null };

export type PlacementListQueryVariables = Exact<{
  filter?: PlacementFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlacementListQuery = { placements: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, status: PlacementStatus, schoolYear: string, startDate: string, endDate: string, plannedHours: number, approvedHours: number, pendingHours: number, transportationSupport: TransportationSupport, compensation: { kind: CompensationKind, hourlyRate: number | null }, student: { id: string, preferredName: string | null, legalLastName: string | null, gradeLevel: number | null } | null, opportunity: { id: string, title: string, slotsRemaining: number | null } | null, partner: { id: string, name: string } | null, supervisor: { id: string, firstName: string, lastName: string } | null, school: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type PlacementDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PlacementDetailQuery = { placement: { stipendTotal: number, id: string, status: PlacementStatus, schoolYear: string, startDate: string, endDate: string, plannedHours: number, approvedHours: number, pendingHours: number, transportationSupport: TransportationSupport, statusHistory: Array<{ from: PlacementStatus | null, to: PlacementStatus, changedBy: string, changedAt: Date, reason: string | null }>, trainingAgreement: { signedOn: string | null, parentConsentOn: string | null, employmentCertificateOn: string | null, weeklyHourCap: number } | null, evaluations: Array<{ kind: EvaluationKind, communication: number, collaboration: number, professionalism: number, problemSolving: number, technicalSkills: number, comments: string | null }>, reflection: { text: string, updatedAt: Date } | null, stipends: Array<{ periodStart: string, periodEnd: string, approvedHours: number, hourlyRate: number, amount: number }>, compensation: { kind: CompensationKind, hourlyRate: number | null }, student: { id: string, preferredName: string | null, legalLastName: string | null, gradeLevel: number | null } | null, opportunity: { id: string, title: string, slotsRemaining: number | null } | null, partner: { id: string, name: string } | null, supervisor: { id: string, firstName: string, lastName: string } | null, school: { id: string, name: string } | null } | null };

export type StudentWorkBasedLearningQueryVariables = Exact<{
  id: string | number;
  schoolYear?: string | null | undefined;
}>;


export type StudentWorkBasedLearningQuery = { student: { id: string, preferredName: string | null, workBasedLearningHours: number | null, stipendTotal: number | null, placements: Array<{ id: string, status: PlacementStatus, startDate: string, endDate: string, approvedHours: number, opportunity: { id: string, title: string } | null }> | null } | null };

export type TimeEntryApprovalQueueQueryVariables = Exact<{
  filter?: TimeEntryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TimeEntryApprovalQueueQuery = { timeEntries: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, workDate: string, startTime: string | null, endTime: string | null, hours: number, activityNotes: string | null, status: TimeEntryStatus, placement: { id: string, student: { id: string, preferredName: string | null } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type CreatePlacementMutationVariables = Exact<{
  input: CreatePlacementInput;
}>;


export type CreatePlacementMutation = { createPlacement: { placement: { id: string, status: PlacementStatus, schoolYear: string, startDate: string, endDate: string, plannedHours: number, approvedHours: number, pendingHours: number, transportationSupport: TransportationSupport, compensation: { kind: CompensationKind, hourlyRate: number | null }, student: { id: string, preferredName: string | null, legalLastName: string | null, gradeLevel: number | null } | null, opportunity: { id: string, title: string, slotsRemaining: number | null } | null, partner: { id: string, name: string } | null, supervisor: { id: string, firstName: string, lastName: string } | null, school: { id: string, name: string } | null } } };

export type ChangePlacementStatusMutationVariables = Exact<{
  input: ChangePlacementStatusInput;
}>;


export type ChangePlacementStatusMutation = { changePlacementStatus: { placement: { id: string, status: PlacementStatus }, change: { from: PlacementStatus | null, to: PlacementStatus, reason: string | null, changedAt: Date } } };

export type RecordTrainingAgreementMutationVariables = Exact<{
  input: RecordTrainingAgreementInput;
}>;


export type RecordTrainingAgreementMutation = { recordTrainingAgreement: { placement: { id: string, trainingAgreement: { signedOn: string | null, parentConsentOn: string | null, employmentCertificateOn: string | null, weeklyHourCap: number } | null } } };

export type SubmitTimeEntryMutationVariables = Exact<{
  input: SubmitTimeEntryInput;
}>;


export type SubmitTimeEntryMutation = { submitTimeEntry: { timeEntry: { id: string, status: TimeEntryStatus, workDate: string, hours: number } } };

export type ApproveTimeEntryMutationVariables = Exact<{
  input: ApproveTimeEntryInput;
}>;


export type ApproveTimeEntryMutation = { approveTimeEntry: { timeEntry: { id: string, status: TimeEntryStatus, decidedBy: string | null, decidedAt: Date | null } } };

export type RejectTimeEntryMutationVariables = Exact<{
  input: RejectTimeEntryInput;
}>;


export type RejectTimeEntryMutation = { rejectTimeEntry: { timeEntry: { id: string, status: TimeEntryStatus, rejectionReason: string | null } } };

export type BulkApproveTimeEntriesMutationVariables = Exact<{
  input: BulkApproveTimeEntriesInput;
}>;


export type BulkApproveTimeEntriesMutation = { bulkApproveTimeEntries: { timeEntries: Array<{ id: string, status: TimeEntryStatus }> } };

export type RecordEvaluationMutationVariables = Exact<{
  input: RecordEvaluationInput;
}>;


export type RecordEvaluationMutation = { recordEvaluation: { evaluation: { id: string, kind: EvaluationKind } } };

export type RecordReflectionMutationVariables = Exact<{
  input: RecordReflectionInput;
}>;


export type RecordReflectionMutation = { recordReflection: { reflection: { text: string, updatedAt: Date } } };

export type ApplicationSummaryFragment = { id: string, status: PlacementStatus, startDate: string, endDate: string, plannedHours: number, applicationStatement: string | null, availability: { weekdays: Array<Weekday>, hoursPerWeek: number, from: string, to: string, notes: string | null } | null, statusHistory: Array<{ from: PlacementStatus | null, to: PlacementStatus, changedAt: Date, reason: string | null }> };

export type ApplyToOpportunityMutationVariables = Exact<{
  input: ApplyToOpportunityInput;
}>;


export type ApplyToOpportunityMutation = { applyToOpportunity: { placement: { id: string, status: PlacementStatus, startDate: string, endDate: string, plannedHours: number, applicationStatement: string | null, opportunity: { id: string, title: string } | null, availability: { weekdays: Array<Weekday>, hoursPerWeek: number, from: string, to: string, notes: string | null } | null, statusHistory: Array<{ from: PlacementStatus | null, to: PlacementStatus, changedAt: Date, reason: string | null }> } } };

export type WithdrawApplicationMutationVariables = Exact<{
  input: WithdrawApplicationInput;
}>;


export type WithdrawApplicationMutation = { withdrawApplication: { placement: { id: string, status: PlacementStatus, startDate: string, endDate: string, plannedHours: number, applicationStatement: string | null, availability: { weekdays: Array<Weekday>, hoursPerWeek: number, from: string, to: string, notes: string | null } | null, statusHistory: Array<{ from: PlacementStatus | null, to: PlacementStatus, changedAt: Date, reason: string | null }> } } };

export type AcceptOfferMutationVariables = Exact<{
  input: AcceptOfferInput;
}>;


export type AcceptOfferMutation = { acceptOffer: { placement: { id: string, status: PlacementStatus, startDate: string, endDate: string, plannedHours: number, applicationStatement: string | null, availability: { weekdays: Array<Weekday>, hoursPerWeek: number, from: string, to: string, notes: string | null } | null, statusHistory: Array<{ from: PlacementStatus | null, to: PlacementStatus, changedAt: Date, reason: string | null }> } } };

export type OpportunityApplicantsQueryVariables = Exact<{
  opportunityId: string | number;
  status?: PlacementStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OpportunityApplicantsQuery = { opportunity: { id: string, title: string, slotsRemaining: number | null, applications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: PlacementStatus, startDate: string, endDate: string, plannedHours: number, applicationStatement: string | null, student: { id: string, preferredName: string | null, gradeLevel: number | null, school: { id: string, name: string } | null } | null, availability: { weekdays: Array<Weekday>, hoursPerWeek: number, from: string, to: string, notes: string | null } | null, statusHistory: Array<{ from: PlacementStatus | null, to: PlacementStatus, changedAt: Date, reason: string | null }> } }> } | null } | null };

export type OfferPlacementMutationVariables = Exact<{
  input: OfferPlacementInput;
}>;


export type OfferPlacementMutation = { offerPlacement: { placement: { id: string, status: PlacementStatus, startDate: string, endDate: string, plannedHours: number, applicationStatement: string | null, supervisor: { id: string, firstName: string, lastName: string } | null, availability: { weekdays: Array<Weekday>, hoursPerWeek: number, from: string, to: string, notes: string | null } | null, statusHistory: Array<{ from: PlacementStatus | null, to: PlacementStatus, changedAt: Date, reason: string | null }> } } };

export type DeclineApplicationMutationVariables = Exact<{
  input: DeclineApplicationInput;
}>;


export type DeclineApplicationMutation = { declineApplication: { placement: { id: string, status: PlacementStatus, startDate: string, endDate: string, plannedHours: number, applicationStatement: string | null, availability: { weekdays: Array<Weekday>, hoursPerWeek: number, from: string, to: string, notes: string | null } | null, statusHistory: Array<{ from: PlacementStatus | null, to: PlacementStatus, changedAt: Date, reason: string | null }> } } };

export type MyApplicationsQueryVariables = Exact<{
  studentId: string | number;
  status?: PlacementStatus | null | undefined;
}>;


export type MyApplicationsQuery = { student: { id: string, placements: Array<{ id: string, status: PlacementStatus, startDate: string, endDate: string, plannedHours: number, applicationStatement: string | null, opportunity: { id: string, title: string } | null, availability: { weekdays: Array<Weekday>, hoursPerWeek: number, from: string, to: string, notes: string | null } | null, statusHistory: Array<{ from: PlacementStatus | null, to: PlacementStatus, changedAt: Date, reason: string | null }> }> | null } | null };

export type StudentFullViewQueryVariables = Exact<{
  id: string | number;
}>;


export type StudentFullViewQuery = { student: { id: string, preferredName: string | null, gradeLevel: number | null, workBasedLearningHours: number | null, earlyCollegeCreditHours: number | null, estimatedTuitionSavings: number | null, meetsAdvancedCreditGoal: boolean | null, school: { id: string, name: string } | null, enrollments: Array<{ schoolYear: string, participant: boolean, concentrator: boolean, program: { name: string, careerCluster: CareerCluster } }> | null, placements: Array<{ id: string, status: PlacementStatus, schoolYear: string, approvedHours: number, stipendTotal: number, partner: { id: string, name: string } | null, worksite: { name: string } | null, supervisor: { firstName: string, lastName: string } | null, opportunity: { title: string, cedsType: CedsWblType } | null }> | null, credentials: Array<{ id: string, earnedOn: string, verificationStatus: VerificationStatus, creditHoursEarned: number | null, credential: { name: string, type: CredentialType, creditHours: number | null, issuer: { id: string, name: string } | null } }> | null } | null };

export type StudentRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type StudentRecordQuery = { student: { id: string, preferredName: string | null, gradeLevel: number | null, cohort: number | null, workBasedLearningHours: number | null, earlyCollegeCreditHours: number | null, estimatedTuitionSavings: number | null, meetsAdvancedCreditGoal: boolean | null, school: { id: string, name: string } | null, enrollments: Array<{ schoolYear: string, participant: boolean, concentrator: boolean, program: { id: string, name: string, careerCluster: CareerCluster } }> | null, placements: Array<{ id: string, status: PlacementStatus, schoolYear: string, startDate: string, endDate: string, approvedHours: number, partner: { id: string, name: string } | null, worksite: { name: string } | null, opportunity: { title: string, cedsType: CedsWblType, continuumType: WblContinuumType } | null, evaluations: Array<{ id: string, kind: EvaluationKind, communication: number, collaboration: number, professionalism: number, problemSolving: number, technicalSkills: number, evaluatedAt: Date }> }> | null, experiences: { totalCount: number, edges: Array<{ node: { attendance: AttendanceStatus | null, experience: { id: string, title: string, kind: ExperienceKind, schoolYear: string, startsAt: Date, continuumStage: ContinuumStage } } }> } | null, credentials: Array<{ id: string, earnedOn: string, verificationStatus: VerificationStatus, creditHoursEarned: number | null, credential: { name: string, type: CredentialType, issuer: { id: string, name: string } | null } }> | null, collegeReadiness: { math: { eligible: boolean, basis: ReadinessBasis, asOf: string } | null, english: { eligible: boolean, basis: ReadinessBasis, asOf: string } | null } | null, disclosures: { totalCount: number, edges: Array<{ node: { id: string, disclosedAt: Date, recipientRole: string, recipientSubject: string, fields: Array<string>, operationName: string | null, allowed: boolean } }> } | null } | null };

export type StudentRosterQueryVariables = Exact<{
  filter?: StudentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StudentRosterQuery = { students: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, preferredName: string | null, legalLastName: string | null, gradeLevel: number | null, cohort: number | null, school: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type StudentProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type StudentProfileQuery = { student: { id: string, districtStudentId: string | null, legalFirstName: string | null, legalLastName: string | null, preferredName: string | null, dateOfBirth: string | null, gradeLevel: number | null, cohort: number | null, school: { id: string, name: string, network: string } | null, enrollments: Array<{ id: string, schoolYear: string, beginDate: string, endDate: string | null, participant: boolean, concentrator: boolean, program: { id: string, name: string, careerCluster: CareerCluster, department: Department }, courseCompletions: Array<{ courseCode: string, courseTitle: string, completedOn: string, earnedCredits: number }> }> | null } | null };

export type SchoolsWithProgramsQueryVariables = Exact<{
  filter?: SchoolFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SchoolsWithProgramsQuery = { schools: { edges: Array<{ node: { id: string, name: string, kind: SchoolKind, gradesServed: Array<number>, programs: Array<{ id: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type ProgramCatalogQueryVariables = Exact<{
  filter?: ProgramFilter | null | undefined;
}>;


export type ProgramCatalogQuery = { programs: Array<{ id: string, name: string, careerCluster: CareerCluster, cipCode: string, department: Department, schools: Array<{ id: string, name: string }> }> | null };

export type CreateStudentMutationVariables = Exact<{
  input: CreateStudentInput;
}>;


export type CreateStudentMutation = { createStudent: { student: { id: string, districtStudentId: string | null, preferredName: string | null, gradeLevel: number | null, school: { id: string, name: string } | null } } };

export type UpdateStudentMutationVariables = Exact<{
  input: UpdateStudentInput;
}>;


export type UpdateStudentMutation = { updateStudent: { student: { id: string, preferredName: string | null, gradeLevel: number | null, cohort: number | null } } };

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

export type PrepareTrainingAgreementMutationVariables = Exact<{
  input: PrepareTrainingAgreementInput;
}>;


export type PrepareTrainingAgreementMutation = { prepareTrainingAgreement: { guardianSigningToken: string | null, guardianSigningExpiresAt: Date | null, placement: { id: string, trainingAgreement: { version: number, terms: string, contentHash: string, recordedOnPaper: boolean, requiredParties: Array<AgreementParty>, complete: boolean, missingParties: Array<AgreementParty>, signedOn: string | null, parentConsentOn: string | null, weeklyHourCap: number, sharedStudentContact: Array<StudentContactDetail>, signatures: Array<{ party: AgreementParty, signerSubject: string, signerName: string | null, signedAt: Date }> } | null } } };

export type SignTrainingAgreementMutationVariables = Exact<{
  input: SignTrainingAgreementInput;
}>;


export type SignTrainingAgreementMutation = { signTrainingAgreement: { signature: { party: AgreementParty, signerSubject: string, signedAt: Date }, placement: { id: string, trainingAgreement: { version: number, terms: string, contentHash: string, recordedOnPaper: boolean, requiredParties: Array<AgreementParty>, complete: boolean, missingParties: Array<AgreementParty>, signedOn: string | null, parentConsentOn: string | null, weeklyHourCap: number, sharedStudentContact: Array<StudentContactDetail>, signatures: Array<{ party: AgreementParty, signerSubject: string, signerName: string | null, signedAt: Date }> } | null } } };

export type TrainingAgreementQueryVariables = Exact<{
  placementId: string | number;
}>;


export type TrainingAgreementQuery = { placement: { id: string, status: PlacementStatus, trainingAgreement: { version: number, terms: string, contentHash: string, recordedOnPaper: boolean, requiredParties: Array<AgreementParty>, complete: boolean, missingParties: Array<AgreementParty>, signedOn: string | null, parentConsentOn: string | null, weeklyHourCap: number, sharedStudentContact: Array<StudentContactDetail>, signatures: Array<{ party: AgreementParty, signerSubject: string, signerName: string | null, signedAt: Date }> } | null } | null };

export type TrainingAgreementEvidenceQueryVariables = Exact<{
  placementId: string | number;
}>;


export type TrainingAgreementEvidenceQuery = { placement: { id: string, trainingAgreement: { version: number, contentHash: string, recordedOnPaper: boolean, signatures: Array<{ party: AgreementParty, signerSubject: string, signerName: string | null, signerEmail: string | null, signedAt: Date, contentHash: string, clientAddress: string | null, userAgent: string | null }> } | null } | null };

export type TrainingAgreementForSigningFragment = { version: number, terms: string, contentHash: string, recordedOnPaper: boolean, requiredParties: Array<AgreementParty>, complete: boolean, missingParties: Array<AgreementParty>, signedOn: string | null, parentConsentOn: string | null, weeklyHourCap: number, sharedStudentContact: Array<StudentContactDetail>, signatures: Array<{ party: AgreementParty, signerSubject: string, signerName: string | null, signedAt: Date }> };

export type WebhookEndpointFieldsFragment = { id: string, partnerId: string, url: string, description: string | null, eventTypes: Array<string>, enabled: boolean, createdAt: Date, updatedAt: Date };

export type WebhookEndpointsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookEndpointsQuery = { webhookEndpoints: { totalCount: number, edges: Array<{ node: { id: string, partnerId: string, url: string, description: string | null, eventTypes: Array<string>, enabled: boolean, createdAt: Date, updatedAt: Date } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type WebhookDeliveriesQueryVariables = Exact<{
  filter?: WebhookDeliveryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, edges: Array<{ node: { id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: Date | null, lastAttemptAt: Date | null, lastResponseStatus: number | null, lastError: string | null, deliveredAt: Date | null, createdAt: Date, endpoint: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, partnerId: string, url: string, description: string | null, eventTypes: Array<string>, enabled: boolean, createdAt: Date, updatedAt: Date } } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint: { endpoint: { id: string, partnerId: string, url: string, description: string | null, eventTypes: Array<string>, enabled: boolean, createdAt: Date, updatedAt: Date } } };

export type RotateWebhookEndpointSecretMutationVariables = Exact<{
  input: RotateWebhookEndpointSecretInput;
}>;


export type RotateWebhookEndpointSecretMutation = { rotateWebhookEndpointSecret: { secret: string, endpoint: { id: string } } };

export type DisableWebhookEndpointMutationVariables = Exact<{
  input: DisableWebhookEndpointInput;
}>;


export type DisableWebhookEndpointMutation = { disableWebhookEndpoint: { endpoint: { id: string, partnerId: string, url: string, description: string | null, eventTypes: Array<string>, enabled: boolean, createdAt: Date, updatedAt: Date } } };

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  input: ReplayWebhookDeliveryInput;
}>;


export type ReplayWebhookDeliveryMutation = { replayWebhookDelivery: { delivery: { id: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: Date | null } } };

export const MetricFigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<MetricFigureFragment, unknown>;
export const GroupFigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]} as unknown as DocumentNode<GroupFigureFragment, unknown>;
export const CareerInterestsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareerInterestsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareerInterests"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CareerInterestsFieldsFragment, unknown>;
export const ExperienceSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperienceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevels"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"continuumStage"}},{"kind":"Field","name":{"kind":"Name","value":"cedsType"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ExperienceSummaryFragment, unknown>;
export const PlacementSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHours"}},{"kind":"Field","name":{"kind":"Name","value":"pendingHours"}},{"kind":"Field","name":{"kind":"Name","value":"transportationSupport"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slotsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlacementSummaryFragment, unknown>;
export const ApplicationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStatement"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ApplicationSummaryFragment, unknown>;
export const TrainingAgreementForSigningFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingAgreementForSigning"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOnPaper"}},{"kind":"Field","name":{"kind":"Name","value":"requiredParties"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missingParties"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"parentConsentOn"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHourCap"}},{"kind":"Field","name":{"kind":"Name","value":"sharedStudentContact"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"signerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]} as unknown as DocumentNode<TrainingAgreementForSigningFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointFieldsFragment, unknown>;
export const DashboardHeadlinesDocument = {"__meta__":{"hash":"sha256:23f9595257f7c798578ad5df3ca1b86878a32d6e76a5c9689e10d823f67c5f7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardHeadlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workBasedLearning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"studentsEngaged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursApproved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"graduatingCohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"advancedCreditOrCredentialRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"earlyCollegeCreditHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTuitionSavings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ELEMENTARY"},{"kind":"EnumValue","value":"MIDDLE"},{"kind":"EnumValue","value":"HIGH"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"workBasedLearning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"studentsEngaged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursApproved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"graduatingCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"advancedCreditOrCredentialRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialAttainment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"earlyCollegeCreditHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTuitionSavings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardHeadlinesQuery, DashboardHeadlinesQueryVariables>;
export const SchoolYearMetricsDocument = {"__meta__":{"hash":"sha256:9a42c4eac325b03e19ebfe76e3834b31008c8f507efcf1800d35bbc8e97419ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolYearMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workBasedLearning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"studentsEngaged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursApproved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placementsCompleted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnersHosting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialAttainment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studentsAwarded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlyCollegeCreditHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTuitionSavings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collegeReadiness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"mathEligibilityRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"englishEligibilityRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perkins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concentrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator5S1"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator5S2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator5S3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"graduatingCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"students"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advancedCreditOrCredentialRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"semesterGoalRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workBasedLearning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studentsEngaged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursApproved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialAttainment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studentsAwarded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlyCollegeCreditHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collegeReadiness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mathEligibilityRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perkins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concentrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator5S3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"graduatingCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advancedCreditOrCredentialRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]} as unknown as DocumentNode<SchoolYearMetricsQuery, SchoolYearMetricsQueryVariables>;
export const WorkBasedLearningByKindDocument = {"__meta__":{"hash":"sha256:3a02a4f07f1aab5fe9de2a5da4ca702c901f381c4f6357ef0d1a4495efebc130"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkBasedLearningByKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workBasedLearning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studentsEngaged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"continuum"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"WBL_CONTINUUM_TYPE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ceds"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"WBL_CEDS_TYPE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"industries"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"INDUSTRY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"clusters"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"CAREER_CLUSTER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]} as unknown as DocumentNode<WorkBasedLearningByKindQuery, WorkBasedLearningByKindQueryVariables>;
export const MetricTrendsDocument = {"__meta__":{"hash":"sha256:a687dd92f06e837681a28e30459806ea3434af493b110b3854eb1e0d9cb5025e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricTrends"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricDimension"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workBasedLearning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studentsEngaged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perkins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator5S3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"graduatingCohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advancedCreditOrCredentialRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collegeReadiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mathEligibilityRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"englishEligibilityRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]} as unknown as DocumentNode<MetricTrendsQuery, MetricTrendsQueryVariables>;
export const DashboardPanelsDocument = {"__meta__":{"hash":"sha256:3e25066a7b74d042c07318204dbd5a7da7813eea01447ec51f881ef9c4db68f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPanels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programs"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perProgram"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricDimension"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workBasedLearning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"studentsEngaged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursApproved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placementsCompleted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnersHosting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"studentsAttending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiencesHeld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perkins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concentrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator5S1"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator5S2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator5S3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collegeReadiness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"mathEligibilityRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"englishEligibilityRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialAttainment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"earlyCollegeCreditHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTuitionSavings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"graduatingCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"students"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advancedCreditOrCredentialRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"semesterGoalRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endorsement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"students"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studentsEarned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studentsOnTrack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workBasedLearning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"studentsEngaged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"continuum"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"WBL_CONTINUUM_TYPE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ceds"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"WBL_CEDS_TYPE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursApproved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"continuum"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"WBL_CONTINUUM_TYPE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ceds"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"WBL_CEDS_TYPE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigure"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"studentsAttending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studentsInCareerAwareness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studentsInCareerExploration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studentsInCareerPreparation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"perkins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perProgram"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concentrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator5S1"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator5S2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator5S3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]} as unknown as DocumentNode<DashboardPanelsQuery, DashboardPanelsQueryVariables>;
export const DashboardDrillDownDocument = {"__meta__":{"hash":"sha256:f872847c5e50882b513d3b980499a8b32fa35d7d8c373b14d1832afe194422ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardDrillDown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perProgram"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"district"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ELEMENTARY"},{"kind":"EnumValue","value":"MIDDLE"},{"kind":"EnumValue","value":"HIGH"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"district"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workBasedLearning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"studentsEngaged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursApproved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perkins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"concentrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator5S3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"graduatingCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"advancedCreditOrCredentialRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"catalog"},"name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"careerCluster"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"schoolPrograms"},"name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"district"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"workBasedLearning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perProgram"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"studentsEngaged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursApproved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perkins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perProgram"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"concentrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator5S3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<DashboardDrillDownQuery, DashboardDrillDownQueryVariables>;
export const StudentCredentialsDocument = {"__meta__":{"hash":"sha256:68c6679c1448fdf09fd1473d1622d9527caaed5bc294299754bc0de1a902f70e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verificationStatus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"verificationStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verificationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"earnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"creditHoursEarned"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"creditHours"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlyCollegeCreditHours"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTuitionSavings"}},{"kind":"Field","name":{"kind":"Name","value":"meetsAdvancedCreditGoal"}},{"kind":"Field","name":{"kind":"Name","value":"collegeReadiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"math"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"english"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StudentCredentialsQuery, StudentCredentialsQueryVariables>;
export const CredentialCatalogDocument = {"__meta__":{"hash":"sha256:24ad77beee5e852bf9fa0ae90c8e40c83d17ec85fc7aced4e0fa48188cb7071f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CredentialCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"careerCluster"}},{"kind":"Field","name":{"kind":"Name","value":"creditHours"}},{"kind":"Field","name":{"kind":"Name","value":"ctid"}},{"kind":"Field","name":{"kind":"Name","value":"advancedCertification"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedPostsecondaryCredential"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CredentialCatalogQuery, CredentialCatalogQueryVariables>;
export const CredentialAwardBadgeDocument = {"__meta__":{"hash":"sha256:71b759cf1ce650921ba9526f86357357e8cf2e27fe16ff60a122ff5c8977b30d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CredentialAwardBadge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentialAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openBadgeCredential"}}]}}]}}]} as unknown as DocumentNode<CredentialAwardBadgeQuery, CredentialAwardBadgeQueryVariables>;
export const RecordCredentialAwardDocument = {"__meta__":{"hash":"sha256:d629002c6abae97096b9403a5e03bae602d6931fffeab30d1485e0ade8161386"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCredentialAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCredentialAwardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCredentialAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"earnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"creditHoursEarned"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordCredentialAwardMutation, RecordCredentialAwardMutationVariables>;
export const MyCareerInterestsDocument = {"__meta__":{"hash":"sha256:db49ccd0d8149e53f6d85745d0d01847a0d6c9800870bcd5245274c3d0198d6b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCareerInterests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"careerInterests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareerInterestsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareerInterestsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareerInterests"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MyCareerInterestsQuery, MyCareerInterestsQueryVariables>;
export const UpdateCareerInterestsDocument = {"__meta__":{"hash":"sha256:6eada50a53e975ef7333f6a845e732c2f3e110236b7a1d330125a65f9f4f6982"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCareerInterests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCareerInterestsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCareerInterests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"careerInterests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareerInterestsFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareerInterestsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareerInterests"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateCareerInterestsMutation, UpdateCareerInterestsMutationVariables>;
export const OpportunitiesForMeDocument = {"__meta__":{"hash":"sha256:ed9c108e153b1db48da331f32b3fb1aba3ab303dacf4c0511adb257d22d035a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunitiesForMe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityMatchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeIneligible"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunitiesForMe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeIneligible"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeIneligible"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"whyRecommended"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"failedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"careerCluster"}},{"kind":"Field","name":{"kind":"Name","value":"continuumType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"slotsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worksite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"transitAccess"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OpportunitiesForMeQuery, OpportunitiesForMeQueryVariables>;
export const StudentEndorsementProgressDocument = {"__meta__":{"hash":"sha256:87d549b753e45c329141a03fc7dcf02f0d65b53d1110fab057feeed4a22b5efb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentEndorsementProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endorsement"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirementsMet"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"earned"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}}]}}]}}]}}]} as unknown as DocumentNode<StudentEndorsementProgressQuery, StudentEndorsementProgressQueryVariables>;
export const EndorsementMetricsDocument = {"__meta__":{"hash":"sha256:2edca931cd9d957c9260eb0a3adc9ff3204edd9124797a0e3d000fec75b01090"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EndorsementMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"breakdown"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricDimension"}}},"defaultValue":{"kind":"EnumValue","value":"RACE_ETHNICITY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endorsement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"students"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studentsEarned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"breakdown"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"studentsOnTrack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"breakdown"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"endorsement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"studentsEarned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studentsOnTrack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EndorsementMetricsQuery, EndorsementMetricsQueryVariables>;
export const CreateExperienceDocument = {"__meta__":{"hash":"sha256:5eebf51ecea7de85308b5b035c88d8f095bb0a6610256ce029074b08c49ae256"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExperience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExperienceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExperience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExperienceSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperienceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevels"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"continuumStage"}},{"kind":"Field","name":{"kind":"Name","value":"cedsType"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateExperienceMutation, CreateExperienceMutationVariables>;
export const UpdateExperienceDocument = {"__meta__":{"hash":"sha256:476bf69514133ebe4359b8a484e1cc53091e2098e7251edeba22f08193fa5082"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateExperience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExperienceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExperience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExperienceSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperienceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevels"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"continuumStage"}},{"kind":"Field","name":{"kind":"Name","value":"cedsType"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateExperienceMutation, UpdateExperienceMutationVariables>;
export const PublishExperienceDocument = {"__meta__":{"hash":"sha256:e648f28f78ea5d64ef9804d47e467a8596e088eca053118234772d2eac82f2ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishExperience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishExperience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PublishExperienceMutation, PublishExperienceMutationVariables>;
export const CancelExperienceDocument = {"__meta__":{"hash":"sha256:2367b191a2f5ce5adba2d682174146074186db1cb74a2d18b78d2e26bf3bfa26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelExperience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelExperience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CancelExperienceMutation, CancelExperienceMutationVariables>;
export const CompleteExperienceDocument = {"__meta__":{"hash":"sha256:3e478c35237dd82db28ffcce0a3021799c217e75ba4c3e53511ac5781c066121"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteExperience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeExperience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteExperienceMutation, CompleteExperienceMutationVariables>;
export const UpcomingExperiencesDocument = {"__meta__":{"hash":"sha256:74db5ed70536b87d1d6a010a0d4023a623a53b06eeb54ae4ddf68a967b32e0bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpcomingExperiences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExperienceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experiences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExperienceSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperienceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevels"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"continuumStage"}},{"kind":"Field","name":{"kind":"Name","value":"cedsType"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpcomingExperiencesQuery, UpcomingExperiencesQueryVariables>;
export const RegisterForExperienceDocument = {"__meta__":{"hash":"sha256:d7efc4d106293d09a2714e4861a0a00ae3aebdc37e968edf5d0b133b71321bf5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForExperience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"experienceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForExperience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"experienceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"experienceId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterForExperienceMutation, RegisterForExperienceMutationVariables>;
export const RegisterStudentsForExperienceDocument = {"__meta__":{"hash":"sha256:0aad25c85c77a9afddbba2a5b8d475a2263196884c22a98ec1b25aae1e32829d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterStudentsForExperience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"experienceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studentIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerStudentsForExperience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"experienceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"experienceId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"studentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studentIds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterStudentsForExperienceMutation, RegisterStudentsForExperienceMutationVariables>;
export const CancelExperienceRegistrationDocument = {"__meta__":{"hash":"sha256:de5ac809b24e7b0a564ff69abf2d507c1b5d0f36b2480a1d041fbe374c23477a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelExperienceRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"experienceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"experienceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"experienceId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"studentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studentId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CancelExperienceRegistrationMutation, CancelExperienceRegistrationMutationVariables>;
export const ExperienceRosterDocument = {"__meta__":{"hash":"sha256:58da1db8b5c03f60df6c5823a92b772c9d71e1aa2b5c52fabba189a520cd58be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExperienceRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExperienceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperienceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevels"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"continuumStage"}},{"kind":"Field","name":{"kind":"Name","value":"cedsType"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ExperienceRosterQuery, ExperienceRosterQueryVariables>;
export const RecordExperienceAttendanceDocument = {"__meta__":{"hash":"sha256:45bd813cf513e19bd5365a63aca88f2fb1196a193c22576e130941e0ce90c61d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordExperienceAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"experienceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceRowInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordExperienceAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"experienceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"experienceId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"attendance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"walkIns"}},{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}}]}}]}}]}}]} as unknown as DocumentNode<RecordExperienceAttendanceMutation, RecordExperienceAttendanceMutationVariables>;
export const RecordTeamChallengeResultsDocument = {"__meta__":{"hash":"sha256:160795d7a32579133745dfa23291b10a5b49b9870906ff3e43af223cb12f26f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTeamChallengeResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"experienceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teams"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamResultInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTeamChallengeResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"experienceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"experienceId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"teams"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teams"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordTeamChallengeResultsMutation, RecordTeamChallengeResultsMutationVariables>;
export const StudentExperienceHistoryDocument = {"__meta__":{"hash":"sha256:610e441ded29a4bbe29b98072af74f405540e2f369685d6c88b21f98e5e46e21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentExperienceHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"continuumStage"}},{"kind":"Field","name":{"kind":"Name","value":"cedsType"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StudentExperienceHistoryQuery, StudentExperienceHistoryQueryVariables>;
export const ExperienceEngagementDocument = {"__meta__":{"hash":"sha256:99fcae9dc74dbc865006094ceca31936127ce59ea1064720d0bd57587f726dbf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExperienceEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"studentsAttending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","alias":{"kind":"Name","value":"byStage"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"WBL_CONTINUUM_TYPE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bySchool"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"SCHOOL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"studentsInCareerAwareness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studentsInCareerExploration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studentsInCareerPreparation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiencesHeld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExperienceEngagementQuery, ExperienceEngagementQueryVariables>;
export const RecordPartnerAgreementDocument = {"__meta__":{"hash":"sha256:5157ade1ce2d784aee4a83d8c3058e27924b3441d50ff1e7d40c133a77aa7466"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPartnerAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPartnerAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPartnerAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordPartnerAgreementMutation, RecordPartnerAgreementMutationVariables>;
export const RecordPartnerInsuranceDocument = {"__meta__":{"hash":"sha256:35ec92f911d1c02761136ba444f24514344e9cd4f16a55d43c32d1d93b5fc74e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPartnerInsurance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPartnerInsuranceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPartnerInsurance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceExpiresOn"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPartnerInsuranceMutation, RecordPartnerInsuranceMutationVariables>;
export const CreateWorksiteDocument = {"__meta__":{"hash":"sha256:2ce0199fc211fdf9c020f0d00686ff582cdceecd0f76c140d5f02058466d22b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorksite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorksiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorksite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worksite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateWorksiteMutation, CreateWorksiteMutationVariables>;
export const CreatePartnerContactDocument = {"__meta__":{"hash":"sha256:de7354b40a92def378196e8ce3e694ec03d921a456bee507e68d0cf2bce151cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartnerContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnerContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartnerContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePartnerContactMutation, CreatePartnerContactMutationVariables>;
export const RecordBackgroundCheckDocument = {"__meta__":{"hash":"sha256:2e092a379dfdbed9d7e2576eb0fb9f1f63ae524868c78628546aefa27497db7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordBackgroundCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBackgroundCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBackgroundCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"backgroundCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"clearedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordBackgroundCheckMutation, RecordBackgroundCheckMutationVariables>;
export const CreateOpportunityDocument = {"__meta__":{"hash":"sha256:5587f6dc8c1699f43c7035925d538db8bf33d6b4e4e67ac0409d735fd470d3f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOpportunityMutation, CreateOpportunityMutationVariables>;
export const PublishOpportunityDocument = {"__meta__":{"hash":"sha256:01b223a9b25f9e0f14d9a768d593e69d45467cf0df8634f6ec54b917fe8bb102"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishOpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PublishOpportunityMutation, PublishOpportunityMutationVariables>;
export const InvitePartnerDocument = {"__meta__":{"hash":"sha256:1192ff96277d81733e05a08a1a520a85a4fccde0d90b4c4007476e54ef940e0e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<InvitePartnerMutation, InvitePartnerMutationVariables>;
export const ResendPartnerInvitationDocument = {"__meta__":{"hash":"sha256:eabff4a0a4fe3341d59c18a7d287ec4e55128eb5513559a04952b5e12029be05"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendPartnerInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendPartnerInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendPartnerInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<ResendPartnerInvitationMutation, ResendPartnerInvitationMutationVariables>;
export const RevokePartnerInvitationDocument = {"__meta__":{"hash":"sha256:f4270b62ecce50235f587547215ed085c39142eecb4dff0e78878a8d97dbff49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokePartnerInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokePartnerInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokePartnerInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RevokePartnerInvitationMutation, RevokePartnerInvitationMutationVariables>;
export const AcceptPartnerInvitationDocument = {"__meta__":{"hash":"sha256:33e09dc89a7cfbf0ba47441c7af1fbb085eb5dab78ecc29819d7fe23e084b4d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptPartnerInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptPartnerInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptPartnerInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}}]}}]}}]} as unknown as DocumentNode<AcceptPartnerInvitationMutation, AcceptPartnerInvitationMutationVariables>;
export const UpdatePartnerProfileDocument = {"__meta__":{"hash":"sha256:0b5445bc7c8ca139f04b01ae1ddb5462471f45c38c8d4517e27c044ad980c135"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePartnerProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industrySector"}},{"kind":"Field","name":{"kind":"Name","value":"careerClusters"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePartnerProfileMutation, UpdatePartnerProfileMutationVariables>;
export const UpdateOpportunityDocument = {"__meta__":{"hash":"sha256:5777757ac2a2294f6e51b301093be380662acc6109421b1d9479c2561662eee0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOpportunityMutation, UpdateOpportunityMutationVariables>;
export const SubmitPartnerForVettingDocument = {"__meta__":{"hash":"sha256:b1f63fc1bcc0121848efca8edc558edf90739c77ff77f4e813be4755fd1bbf89"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPartnerForVetting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitPartnerForVettingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPartnerForVetting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitPartnerForVettingMutation, SubmitPartnerForVettingMutationVariables>;
export const CreatePartnerBrokerageDocument = {"__meta__":{"hash":"sha256:a706fe4ab88003acdf7f45d35dcb30859048972b90dd66f9a860f08aa1ff3aa9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartnerBrokerage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnerBrokerageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartnerBrokerage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokerage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"intermediaryName"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePartnerBrokerageMutation, CreatePartnerBrokerageMutationVariables>;
export const EndPartnerBrokerageDocument = {"__meta__":{"hash":"sha256:c33dfb2c6871b1ff8a13ff49656830bf768762c245ed672547ec5c159cc69a62"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndPartnerBrokerage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndPartnerBrokerageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPartnerBrokerage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokerage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<EndPartnerBrokerageMutation, EndPartnerBrokerageMutationVariables>;
export const PartnerBrokeragesDocument = {"__meta__":{"hash":"sha256:c8d83a9ffa25214da48c08570cba9b3147a0648e0141cbb633b1fe19c70f8fe4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerBrokerages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brokeredEmployers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employerPartnerId"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokeredBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"intermediaryPartnerId"}},{"kind":"Field","name":{"kind":"Name","value":"intermediaryName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerBrokeragesQuery, PartnerBrokeragesQueryVariables>;
export const MyOpportunitiesDocument = {"__meta__":{"hash":"sha256:e14a4791b885517f7ae621d4f4bc8fa777b3e01c8a8556fab79521dc79b3a835"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOpportunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyOpportunitiesQuery, MyOpportunitiesQueryVariables>;
export const PlacementsChangedSinceDocument = {"__meta__":{"hash":"sha256:2f1d3c04725cc9f7ff81afc8c994b78413c73c3ea2da2c6a8f23e97646cfe87e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementsChangedSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"changedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHourCap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"communication"}},{"kind":"Field","name":{"kind":"Name","value":"collaboration"}},{"kind":"Field","name":{"kind":"Name","value":"professionalism"}},{"kind":"Field","name":{"kind":"Name","value":"problemSolving"}},{"kind":"Field","name":{"kind":"Name","value":"technicalSkills"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PlacementsChangedSinceQuery, PlacementsChangedSinceQueryVariables>;
export const TimeEntriesChangedSinceDocument = {"__meta__":{"hash":"sha256:a2914952d2a5a820683fcee52e60f6977357314f224c336f1e2723fb7010305d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimeEntriesChangedSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"changedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"mealBreakMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TimeEntriesChangedSinceQuery, TimeEntriesChangedSinceQueryVariables>;
export const PartnerDirectoryDocument = {"__meta__":{"hash":"sha256:df378da67d93ca348dbf60e1a8f2acce67996377e0c3310a5f3aac445190c27b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"careerClusters"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerDirectoryQuery, PartnerDirectoryQueryVariables>;
export const PartnerProfileDocument = {"__meta__":{"hash":"sha256:3778171df83bb0ee225d978767890797d980a60e6441768745cdb5dad24d5ab9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"industrySector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worksites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"transitAccess"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"backgroundCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerProfileQuery, PartnerProfileQueryVariables>;
export const OpenOpportunitiesDocument = {"__meta__":{"hash":"sha256:d7e326c645f14fa958616b8c33d93ef493e1ed27f63070070c738f01337d7da7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenOpportunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"continuumType"}},{"kind":"Field","name":{"kind":"Name","value":"cedsType"}},{"kind":"Field","name":{"kind":"Name","value":"careerCluster"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevels"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"requiredClearance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worksite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OpenOpportunitiesQuery, OpenOpportunitiesQueryVariables>;
export const CreatePartnerDocument = {"__meta__":{"hash":"sha256:e4d17094512dda5a104309c32f8942637273bb0fdef8e9e972e8425f5c15e0f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePartnerMutation, CreatePartnerMutationVariables>;
export const ChangePartnerStatusDocument = {"__meta__":{"hash":"sha256:ce0e0f5745575cd1a3692ccf3c78cc04ea589b4b7db094acce9d83cd706b6430"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePartnerStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePartnerStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePartnerStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePartnerStatusMutation, ChangePartnerStatusMutationVariables>;
export const PlacementListDocument = {"__meta__":{"hash":"sha256:d55eb1a7ca1ead21444f6fb6d40040403002062af8aebb1e1906834fce3dc8fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHours"}},{"kind":"Field","name":{"kind":"Name","value":"pendingHours"}},{"kind":"Field","name":{"kind":"Name","value":"transportationSupport"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slotsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlacementListQuery, PlacementListQueryVariables>;
export const PlacementDetailDocument = {"__meta__":{"hash":"sha256:235e3cdd123afa312fe1726c51c38f1aa7d7d0f7c462846d6745f404e1acc9b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementSummary"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"parentConsentOn"}},{"kind":"Field","name":{"kind":"Name","value":"employmentCertificateOn"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHourCap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"communication"}},{"kind":"Field","name":{"kind":"Name","value":"collaboration"}},{"kind":"Field","name":{"kind":"Name","value":"professionalism"}},{"kind":"Field","name":{"kind":"Name","value":"problemSolving"}},{"kind":"Field","name":{"kind":"Name","value":"technicalSkills"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stipends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHours"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stipendTotal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHours"}},{"kind":"Field","name":{"kind":"Name","value":"pendingHours"}},{"kind":"Field","name":{"kind":"Name","value":"transportationSupport"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slotsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlacementDetailQuery, PlacementDetailQueryVariables>;
export const StudentWorkBasedLearningDocument = {"__meta__":{"hash":"sha256:429a3476b17eea8a30a8506cdc2a0ff2b271d396e18cdc20e637e453645c5926"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentWorkBasedLearning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"workBasedLearningHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}}]},{"kind":"Field","name":{"kind":"Name","value":"stipendTotal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}}]},{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHours"}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StudentWorkBasedLearningQuery, StudentWorkBasedLearningQueryVariables>;
export const TimeEntryApprovalQueueDocument = {"__meta__":{"hash":"sha256:93102fe399c16f857fd9ffd7dbc9608f91edf7772f711944b2a2f253a2a24cc5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimeEntryApprovalQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"activityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TimeEntryApprovalQueueQuery, TimeEntryApprovalQueueQueryVariables>;
export const CreatePlacementDocument = {"__meta__":{"hash":"sha256:ae730b52dff7e1467f49d37ae9cd4689c102b4efc5fb46ab60be16c609c6dfda"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHours"}},{"kind":"Field","name":{"kind":"Name","value":"pendingHours"}},{"kind":"Field","name":{"kind":"Name","value":"transportationSupport"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slotsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreatePlacementMutation, CreatePlacementMutationVariables>;
export const ChangePlacementStatusDocument = {"__meta__":{"hash":"sha256:d88113014a2966b07193016476400f5ed1ac6252e9d4d2954b636eea3dc318c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePlacementStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePlacementStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePlacementStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePlacementStatusMutation, ChangePlacementStatusMutationVariables>;
export const RecordTrainingAgreementDocument = {"__meta__":{"hash":"sha256:dd5ce9f0450d4ce14a7bbd0de6af4f1de00a838f5099a7f407761c728e582d2c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrainingAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainingAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"parentConsentOn"}},{"kind":"Field","name":{"kind":"Name","value":"employmentCertificateOn"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHourCap"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordTrainingAgreementMutation, RecordTrainingAgreementMutationVariables>;
export const SubmitTimeEntryDocument = {"__meta__":{"hash":"sha256:336446974fc807e54343683e506b92f5a6ea0f658d57ceee814d39f6fff4bf01"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitTimeEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitTimeEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitTimeEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitTimeEntryMutation, SubmitTimeEntryMutationVariables>;
export const ApproveTimeEntryDocument = {"__meta__":{"hash":"sha256:c60a83a519d7ccb89abbbc794560427df0d553aeb19c6f3e835d41cd61d62694"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveTimeEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveTimeEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveTimeEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveTimeEntryMutation, ApproveTimeEntryMutationVariables>;
export const RejectTimeEntryDocument = {"__meta__":{"hash":"sha256:260c61e6d1c8abc6a4f2554d8a86c3b8c4f0523e9b6685ea21f482204866afdc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectTimeEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectTimeEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectTimeEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}}]}}]}}]} as unknown as DocumentNode<RejectTimeEntryMutation, RejectTimeEntryMutationVariables>;
export const BulkApproveTimeEntriesDocument = {"__meta__":{"hash":"sha256:dfa0a3fc027d951d31aedd82613f5c8e0b19b94f87f8bc86b8488207b4e7e954"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkApproveTimeEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkApproveTimeEntriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkApproveTimeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<BulkApproveTimeEntriesMutation, BulkApproveTimeEntriesMutationVariables>;
export const RecordEvaluationDocument = {"__meta__":{"hash":"sha256:40bb05b856953a26c94516167cf134502e15232bca261b1f99096e490e38400e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<RecordEvaluationMutation, RecordEvaluationMutationVariables>;
export const RecordReflectionDocument = {"__meta__":{"hash":"sha256:655df0a2086b94cc688f932383f12768b9e9aa97d5ae18ab5edf346f1155b033"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReflection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordReflectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReflection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reflection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RecordReflectionMutation, RecordReflectionMutationVariables>;
export const ApplyToOpportunityDocument = {"__meta__":{"hash":"sha256:ea016ae7666538aa52157c085f5875a39c62ec24ab2b4304d003ef8d4d36eafd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyToOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyToOpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStatement"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ApplyToOpportunityMutation, ApplyToOpportunityMutationVariables>;
export const WithdrawApplicationDocument = {"__meta__":{"hash":"sha256:7a0975aab1b15f0453a7cba5ccdc62e79958db43815cade54f917b79224fb84a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStatement"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const AcceptOfferDocument = {"__meta__":{"hash":"sha256:dcf05db8afec6530647563a07232db666e75aecc52bfd9ac2ee4e880c7f60f44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStatement"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<AcceptOfferMutation, AcceptOfferMutationVariables>;
export const OpportunityApplicantsDocument = {"__meta__":{"hash":"sha256:4fc72af79c3e2bb5097c8a3239f5585a292a8ba2b887895ffa88272a4512899b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunityApplicants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opportunityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opportunityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slotsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStatement"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<OpportunityApplicantsQuery, OpportunityApplicantsQueryVariables>;
export const OfferPlacementDocument = {"__meta__":{"hash":"sha256:edaee70c42a37627de7cbf4eaedab4e52ef93c5cbeb744028a73066e032d56d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfferPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStatement"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<OfferPlacementMutation, OfferPlacementMutationVariables>;
export const DeclineApplicationDocument = {"__meta__":{"hash":"sha256:31457df28328f1d098807b930c600ceab6b40d47cac54e71904ff114b2f22607"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStatement"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<DeclineApplicationMutation, DeclineApplicationMutationVariables>;
export const MyApplicationsDocument = {"__meta__":{"hash":"sha256:ac12f9d754b77f54161d82e86a96dbcc04a9697f1c63311e8331600c99de73ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStatement"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<MyApplicationsQuery, MyApplicationsQueryVariables>;
export const StudentFullViewDocument = {"__meta__":{"hash":"sha256:e3940b2c077da350843011f0289b11dcbcd97d6bd0cf5934e6456f53bd92139a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentFullView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"participant"}},{"kind":"Field","name":{"kind":"Name","value":"concentrator"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"careerCluster"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHours"}},{"kind":"Field","name":{"kind":"Name","value":"stipendTotal"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worksite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cedsType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workBasedLearningHours"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"earnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"creditHoursEarned"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"creditHours"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlyCollegeCreditHours"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTuitionSavings"}},{"kind":"Field","name":{"kind":"Name","value":"meetsAdvancedCreditGoal"}}]}}]}}]} as unknown as DocumentNode<StudentFullViewQuery, StudentFullViewQueryVariables>;
export const StudentRecordDocument = {"__meta__":{"hash":"sha256:ce5e4b72be368a17d4068f465d2da81ece1ee411df3265a40b84698ac59ef529"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"participant"}},{"kind":"Field","name":{"kind":"Name","value":"concentrator"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"careerCluster"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHours"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worksite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cedsType"}},{"kind":"Field","name":{"kind":"Name","value":"continuumType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"communication"}},{"kind":"Field","name":{"kind":"Name","value":"collaboration"}},{"kind":"Field","name":{"kind":"Name","value":"professionalism"}},{"kind":"Field","name":{"kind":"Name","value":"problemSolving"}},{"kind":"Field","name":{"kind":"Name","value":"technicalSkills"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workBasedLearningHours"}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"continuumStage"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"earnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"creditHoursEarned"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlyCollegeCreditHours"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTuitionSavings"}},{"kind":"Field","name":{"kind":"Name","value":"meetsAdvancedCreditGoal"}},{"kind":"Field","name":{"kind":"Name","value":"collegeReadiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"math"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"english"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disclosures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disclosedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientRole"}},{"kind":"Field","name":{"kind":"Name","value":"recipientSubject"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StudentRecordQuery, StudentRecordQueryVariables>;
export const StudentRosterDocument = {"__meta__":{"hash":"sha256:4c3cfc0fcd418e2f5622ec511a5767dc42ac5dc606102e90dbc67cfe649ae916"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StudentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StudentRosterQuery, StudentRosterQueryVariables>;
export const StudentProfileDocument = {"__meta__":{"hash":"sha256:5d836aa8197a6ee8cfdcbee3230545698076205b881502d7cf390f73d95b6d52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"districtStudentId"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"beginDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"participant"}},{"kind":"Field","name":{"kind":"Name","value":"concentrator"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"careerCluster"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courseCompletions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseCode"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"earnedCredits"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StudentProfileQuery, StudentProfileQueryVariables>;
export const SchoolsWithProgramsDocument = {"__meta__":{"hash":"sha256:2b94c4ab7af37496499344751eab124f3bec8f3dd0a19675205e27e14d6b3f76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolsWithPrograms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"gradesServed"}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolsWithProgramsQuery, SchoolsWithProgramsQueryVariables>;
export const ProgramCatalogDocument = {"__meta__":{"hash":"sha256:c03802bbc4623ecb15de9be13277b5a56d63b1c116b9ac97df11495e4590e371"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"careerCluster"}},{"kind":"Field","name":{"kind":"Name","value":"cipCode"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramCatalogQuery, ProgramCatalogQueryVariables>;
export const CreateStudentDocument = {"__meta__":{"hash":"sha256:518c6a92ab51db86d5c657f2dada165f599c61c577c94ad52605612d77bfdfbc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStudent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStudentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStudent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"districtStudentId"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateStudentMutation, CreateStudentMutationVariables>;
export const UpdateStudentDocument = {"__meta__":{"hash":"sha256:b2574e15b39358a8b90b5bc5c6ba07478ad3239bf368ac5c5253cff425c59901"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStudent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStudentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStudent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateStudentMutation, UpdateStudentMutationVariables>;
export const EnrollStudentInProgramDocument = {"__meta__":{"hash":"sha256:4d63ea7efa69d6067f19afd2277c680d21d0268286fdef5010413d5747299547"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollStudentInProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollStudentInProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollStudentInProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"beginDate"}},{"kind":"Field","name":{"kind":"Name","value":"participant"}},{"kind":"Field","name":{"kind":"Name","value":"concentrator"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnrollStudentInProgramMutation, EnrollStudentInProgramMutationVariables>;
export const ExitProgramEnrollmentDocument = {"__meta__":{"hash":"sha256:71210b004ff863d560c65a09b297c5da9b179a6f9bebced8bcd33b016cac0811"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExitProgramEnrollment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExitProgramEnrollmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exitProgramEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}}]}}]}}]}}]} as unknown as DocumentNode<ExitProgramEnrollmentMutation, ExitProgramEnrollmentMutationVariables>;
export const RecordCourseCompletionDocument = {"__meta__":{"hash":"sha256:d752b04f5002d449ac0a95e25944602e55ca6eb0cc3aa6eb408cdca74b76d7ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCourseCompletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCourseCompletionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCourseCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseCompletion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseCode"}},{"kind":"Field","name":{"kind":"Name","value":"earnedCredits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participant"}},{"kind":"Field","name":{"kind":"Name","value":"concentrator"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCourseCompletionMutation, RecordCourseCompletionMutationVariables>;
export const PrepareTrainingAgreementDocument = {"__meta__":{"hash":"sha256:539d1b7df4cd96c2c50df5b218abc6e48f65e1e82f9d334211d8d84f4f7af895"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrepareTrainingAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrepareTrainingAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepareTrainingAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guardianSigningToken"}},{"kind":"Field","name":{"kind":"Name","value":"guardianSigningExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainingAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingAgreementForSigning"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingAgreementForSigning"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOnPaper"}},{"kind":"Field","name":{"kind":"Name","value":"requiredParties"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missingParties"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"parentConsentOn"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHourCap"}},{"kind":"Field","name":{"kind":"Name","value":"sharedStudentContact"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"signerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]} as unknown as DocumentNode<PrepareTrainingAgreementMutation, PrepareTrainingAgreementMutationVariables>;
export const SignTrainingAgreementDocument = {"__meta__":{"hash":"sha256:1c02a386d56ab26ea2f3ef6ccba3dd4d3cceb0c33480492d8b5a4092f345c86f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignTrainingAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignTrainingAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signTrainingAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"signerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainingAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingAgreementForSigning"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingAgreementForSigning"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOnPaper"}},{"kind":"Field","name":{"kind":"Name","value":"requiredParties"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missingParties"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"parentConsentOn"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHourCap"}},{"kind":"Field","name":{"kind":"Name","value":"sharedStudentContact"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"signerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]} as unknown as DocumentNode<SignTrainingAgreementMutation, SignTrainingAgreementMutationVariables>;
export const TrainingAgreementDocument = {"__meta__":{"hash":"sha256:47fe09421412d15a40d1edb96d8d6bb61aa4917b614ba4371305907c05e3bdd8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trainingAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingAgreementForSigning"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingAgreementForSigning"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOnPaper"}},{"kind":"Field","name":{"kind":"Name","value":"requiredParties"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missingParties"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"parentConsentOn"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHourCap"}},{"kind":"Field","name":{"kind":"Name","value":"sharedStudentContact"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"signerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]} as unknown as DocumentNode<TrainingAgreementQuery, TrainingAgreementQueryVariables>;
export const TrainingAgreementEvidenceDocument = {"__meta__":{"hash":"sha256:4ef27cd12f5fdaf1e2e749fd47d796ba9a962685699c00df2cb733bcd2ed9c82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingAgreementEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainingAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOnPaper"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"signerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingAgreementEvidenceQuery, TrainingAgreementEvidenceQueryVariables>;
export const WebhookEndpointsDocument = {"__meta__":{"hash":"sha256:0d053e09b38a006fd67b8dfab91eabdad3bb2c2933c9b360bdfac906a71197e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WebhookDeliveriesDocument = {"__meta__":{"hash":"sha256:0eed8726ba5abb5dc7261f4e2bd240e2106b42cba60b1389b89d87e071bad990"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookEndpointDocument = {"__meta__":{"hash":"sha256:2e8824a6b3a349584a930993501da9c767bee4bed88da43d2c705301d2abd83c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = {"__meta__":{"hash":"sha256:f31236b6c661e42f6c988681a0a1cda617f3887f2af487cb0166821d8d5770ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const RotateWebhookEndpointSecretDocument = {"__meta__":{"hash":"sha256:8751a8d83d0ba3e65f2eced3bf67c1a1e94c0e9cdc93e6510413ca2f7412bfce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookEndpointSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateWebhookEndpointSecretInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookEndpointSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<RotateWebhookEndpointSecretMutation, RotateWebhookEndpointSecretMutationVariables>;
export const DisableWebhookEndpointDocument = {"__meta__":{"hash":"sha256:f05acc808d9cd796a91db409017250fa45140060f7bf72728ab0209e52d6476d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisableWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DisableWebhookEndpointMutation, DisableWebhookEndpointMutationVariables>;
export const ReplayWebhookDeliveryDocument = {"__meta__":{"hash":"sha256:09e984379fcee8fc092cf4911dc55260fe941692e0d8fdaa24795d1b710c8239"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplayWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplayWebhookDeliveryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;