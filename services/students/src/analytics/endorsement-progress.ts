import type { EndorsementDefinition, EndorsementRequirement } from '../config/endorsement-requirements';
import type { EndorsementProgress, EndorsementRequirementKey, StudentEnrollmentStatus } from '../generated/graphql';

/** What the owners hold of one student by a date (absent from every owner: all zero). */
export interface EndorsementFacts {
  careerExplorationActivities: number;
  teamChallenges: number;
  workBasedLearningHours: number;
  earlyCollegeCreditHours: number;
  mathReady: boolean;
  englishReady: boolean;
}

export const NO_ENDORSEMENT_FACTS: EndorsementFacts = {
  careerExplorationActivities: 0,
  teamChallenges: 0,
  workBasedLearningHours: 0,
  earlyCollegeCreditHours: 0,
  mathReady: false,
  englishReady: false,
};

/** How each requirement is counted from the facts; null: CareerGraph does not record it. */
const COUNTED: Record<EndorsementRequirementKey, { value: (facts: EndorsementFacts) => number; unit: string } | null> = {
  INDIVIDUALIZED_LEARNING_PLAN: null,
  CAREER_EXPLORATION_ACTIVITIES: { value: (facts) => facts.careerExplorationActivities, unit: 'activities' },
  TEAM_BASED_CHALLENGES: { value: (facts) => facts.teamChallenges, unit: 'challenges' },
  WORK_BASED_LEARNING_HOURS: { value: (facts) => facts.workBasedLearningHours, unit: 'hours' },
  EARLY_COLLEGE_CREDIT_HOURS: { value: (facts) => facts.earlyCollegeCreditHours, unit: 'credit hours' },
  MATH_READINESS: { value: (facts) => Number(facts.mathReady), unit: 'determination of college readiness' },
  ENGLISH_READINESS: { value: (facts) => Number(facts.englishReady), unit: 'determination of college readiness' },
};

const round = (value: number) => Math.round(value * 10) / 10;

/** The share of high school behind a student, which their recorded requirements must have reached to be on track. */
function expectedShare(gradeLevel: number): number {
  return Math.min(Math.max((gradeLevel - 9) / 4, 0), 1);
}

function requirementProgress(requirement: EndorsementRequirement, facts: EndorsementFacts) {
  const counted = COUNTED[requirement.key];
  const base = { key: requirement.key, description: requirement.description };
  if (!counted) {
    return { ...base, recorded: false, met: false, share: 0, progress: 'Not recorded in CareerGraph', missing: 'Confirmation by the school (not recorded in CareerGraph)' };
  }
  const value = round(counted.value(facts));
  const met = value >= requirement.target;
  return {
    ...base,
    recorded: true,
    met,
    share: Math.min(value / requirement.target, 1),
    progress: `${value} of ${requirement.target} ${counted.unit}`,
    missing: met ? null : `${round(requirement.target - value)} more ${counted.unit}`,
  };
}

/**
 * One student's progress: earned when every recorded requirement is met; on track when earned or,
 * still attending, each recorded requirement has reached the share of high school behind them.
 */
export function endorsementProgress(
  definition: EndorsementDefinition,
  facts: EndorsementFacts,
  student: { gradeLevel: number; enrollmentStatus: StudentEnrollmentStatus },
): EndorsementProgress {
  const rows = definition.requirements.map((requirement) => requirementProgress(requirement, facts));
  const recorded = rows.filter((row) => row.recorded);
  const earned = recorded.every((row) => row.met);
  const expected = expectedShare(student.gradeLevel);
  const onTrack = earned || (student.enrollmentStatus === 'ENROLLED' && recorded.every((row) => row.share >= expected));
  return {
    endorsement: definition.name,
    requirements: rows.map(({ share: _share, ...row }) => row),
    requirementsMet: rows.filter((row) => row.met).length,
    requirementsTotal: rows.length,
    earned,
    onTrack,
  };
}
