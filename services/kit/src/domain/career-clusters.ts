/**
 * The National Career Clusters' own names, for text people read (a student's recommendations, an
 * Open Badge's alignment), keyed by the `CareerCluster` enum every subgraph's contract shares.
 */
export const CAREER_CLUSTER_NAMES = {
  AGRICULTURE_FOOD_AND_NATURAL_RESOURCES: 'Agriculture, Food & Natural Resources',
  ARCHITECTURE_AND_CONSTRUCTION: 'Architecture & Construction',
  ARTS_AV_TECHNOLOGY_AND_COMMUNICATIONS: 'Arts, A/V Technology & Communications',
  BUSINESS_MANAGEMENT_AND_ADMINISTRATION: 'Business Management & Administration',
  EDUCATION_AND_TRAINING: 'Education & Training',
  FINANCE: 'Finance',
  GOVERNMENT_AND_PUBLIC_ADMINISTRATION: 'Government & Public Administration',
  HEALTH_SCIENCE: 'Health Science',
  HOSPITALITY_AND_TOURISM: 'Hospitality & Tourism',
  HUMAN_SERVICES: 'Human Services',
  INFORMATION_TECHNOLOGY: 'Information Technology',
  LAW_PUBLIC_SAFETY_CORRECTIONS_AND_SECURITY: 'Law, Public Safety, Corrections & Security',
  MANUFACTURING: 'Manufacturing',
  MARKETING: 'Marketing',
  SCIENCE_TECHNOLOGY_ENGINEERING_AND_MATHEMATICS: 'Science, Technology, Engineering & Mathematics',
  TRANSPORTATION_DISTRIBUTION_AND_LOGISTICS: 'Transportation, Distribution & Logistics',
} as const;

export type CareerClusterCode = keyof typeof CAREER_CLUSTER_NAMES;
