import type { EndorsementRequirementKey } from '../generated/graphql';

/** One requirement of the district's endorsement: what it counts (by key) and how much of it. */
export interface EndorsementRequirement {
  key: EndorsementRequirementKey;
  description: string;
  /** How many activities, challenges or hours; 1 for a readiness or the plan. */
  target: number;
}

export interface EndorsementDefinition {
  name: string;
  requirements: EndorsementRequirement[];
}

/**
 * Illinois' College and Career Pathway Endorsement, Postsecondary and Workforce Readiness Act
 * (110 ILCS 148/80(d)); see docs/self-service.md. Districts replace it with ENDORSEMENT_REQUIREMENTS.
 */
export const ILLINOIS_ENDORSEMENT: EndorsementDefinition = {
  name: 'Illinois College and Career Pathway Endorsement',
  requirements: [
    { key: 'INDIVIDUALIZED_LEARNING_PLAN', description: 'An individualized plan for postsecondary education, careers and financial aid', target: 1 },
    { key: 'CAREER_EXPLORATION_ACTIVITIES', description: 'At least 2 career exploration activities', target: 2 },
    { key: 'TEAM_BASED_CHALLENGES', description: 'At least 2 team-based challenges', target: 2 },
    { key: 'WORK_BASED_LEARNING_HOURS', description: 'At least 60 hours of supervised career development experience', target: 60 },
    { key: 'EARLY_COLLEGE_CREDIT_HOURS', description: 'At least 6 hours of early college credit', target: 6 },
    { key: 'MATH_READINESS', description: 'Ready for non-remedial college math', target: 1 },
    { key: 'ENGLISH_READINESS', description: 'Ready for non-remedial college English (reading)', target: 1 },
  ],
};

const KEYS: readonly EndorsementRequirementKey[] = ILLINOIS_ENDORSEMENT.requirements.map((requirement) => requirement.key);

/** The endorsement from its JSON setting, or the problem that makes it unusable. */
export function parseEndorsement(json: string): EndorsementDefinition | string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return 'is not JSON';
  }
  const candidate = value as Partial<EndorsementDefinition>;
  if (typeof candidate?.name !== 'string' || !candidate.name.trim()) return 'needs a "name"';
  if (!Array.isArray(candidate.requirements) || candidate.requirements.length === 0) return 'needs a non-empty "requirements" list';
  const seen = new Set<string>();
  for (const requirement of candidate.requirements as Partial<EndorsementRequirement>[]) {
    if (!KEYS.includes(requirement?.key as EndorsementRequirementKey)) return `has an unknown requirement key "${requirement?.key}" (one of ${KEYS.join(', ')})`;
    if (seen.has(requirement.key!)) return `lists ${requirement.key} twice`;
    seen.add(requirement.key!);
    if (typeof requirement.description !== 'string' || !requirement.description.trim()) return `needs a description for ${requirement.key}`;
    if (typeof requirement.target !== 'number' || !(requirement.target > 0)) return `needs a positive target for ${requirement.key}`;
  }
  return { name: candidate.name, requirements: candidate.requirements.map(({ key, description, target }) => ({ key, description, target })) };
}
