import { ageOn, CAREER_CLUSTER_NAMES, type WithFields } from '@careergraph/kit';
import type { OpportunityEntity } from '../entities/opportunity.entity';
import type { MatchingStudentFragment } from '../generated/owners/graphql';
import type { EligibilityRule } from '../generated/graphql';
import type { MatchCandidate } from '../repositories/opportunity-match.repository';

/** One opportunity as it fits one student (what `OpportunityMatch` resolves from). */
export interface OpportunityMatch {
  opportunity: OpportunityEntity;
  score: number;
  whyRecommended: string[];
  distanceKm: number | null;
  eligible: boolean;
  failedRules: { rule: EligibilityRule; message: string }[];
}

/** The facts eligibility needs, always sent to SERVICE. */
export const STUDENT_FACTS = ['dateOfBirth', 'gradeLevel', 'enrollmentStatus'] as const;

export type MatchingStudent = WithFields<MatchingStudentFragment, (typeof STUDENT_FACTS)[number]>;

/**
 * The fit score's tiers, each outweighing everything below it (so the order reads: program, then
 * ranked interest, then inventory, then nearness): a program match 1000; a ranked interest
 * 100 × (6 − rank); an inventory cluster among its top 5, 10 × (6 − rank); nearness up to 9.
 */
const PROGRAM_MATCH = 1000;
const INTEREST_WEIGHT = 100;
const INVENTORY_WEIGHT = 10;
const RANKS_COUNTED = 5;
const NEARNESS_MAX = 9;
/** Every 2 km from the school costs a nearness point. */
const KM_PER_NEARNESS_POINT = 2;

const EARTH_RADIUS_KM = 6371;

/** Judges and ranks one candidate for the student; `slotsHeld` from placements, `today` the district's date. */
export function matchOpportunity(student: MatchingStudent, candidate: MatchCandidate, slotsHeld: number, today: string): OpportunityMatch {
  const { opportunity } = candidate;
  const school = student.school?.location ?? null;
  const distanceKm =
    school && candidate.latitude !== null && candidate.longitude !== null
      ? Math.round(haversineKm(school, { latitude: candidate.latitude, longitude: candidate.longitude }) * 10) / 10
      : null;
  const failedRules = failedEligibilityRules(student, opportunity, slotsHeld, today);
  return { opportunity, distanceKm, failedRules, eligible: failedRules.length === 0, ...fit(student, candidate, distanceKm) };
}

/** Every rule the student fails, not only the first (clearances and supervisors are the partner's side, not the student's). */
export function failedEligibilityRules(
  student: MatchingStudent,
  opportunity: OpportunityEntity,
  slotsHeld: number,
  today: string,
): { rule: EligibilityRule; message: string }[] {
  const failures: { rule: EligibilityRule; message: string }[] = [];
  if (student.enrollmentStatus !== 'ENROLLED') {
    failures.push({ rule: 'STUDENT_NOT_ENROLLED', message: 'Only students attending a district school now can take part.' });
  }
  const age = ageOn(student.dateOfBirth, opportunity.startDate);
  if (age < opportunity.minimumAge) {
    failures.push({
      rule: 'MINIMUM_AGE',
      message: `You must be at least ${opportunity.minimumAge} on the start date (${opportunity.startDate}); you will be ${age}.`,
    });
  }
  if (!opportunity.gradeLevels.includes(student.gradeLevel)) {
    failures.push({
      rule: 'GRADE_LEVEL',
      message: `Open to grades ${[...opportunity.gradeLevels].sort((a, b) => a - b).join(', ')}; you are in grade ${student.gradeLevel}.`,
    });
  }
  if (opportunity.endDate < today) failures.push({ rule: 'OPPORTUNITY_ENDED', message: `It ended on ${opportunity.endDate}.` });
  if (opportunity.slots - slotsHeld <= 0) failures.push({ rule: 'NO_SLOTS_LEFT', message: 'Every slot is taken.' });
  return failures;
}

function fit(student: MatchingStudent, candidate: MatchCandidate, distanceKm: number | null): { score: number; whyRecommended: string[] } {
  const { opportunity } = candidate;
  const cluster = opportunity.careerCluster;
  const why: string[] = [];
  let score = 0;
  const programs = (student.enrollments ?? []).filter((enrollment) => enrollment.endDate === null).map((enrollment) => enrollment.program);
  if (opportunity.programId && programs.some((program) => program.id === opportunity.programId)) {
    score += PROGRAM_MATCH;
    why.push('Offered for your career pathway program');
  } else if (programs.some((program) => program.careerCluster === cluster)) {
    score += PROGRAM_MATCH;
    why.push(`In your program's career cluster: ${CAREER_CLUSTER_NAMES[cluster]}`);
  }
  const interestRank = (student.careerInterests?.clusters ?? []).indexOf(cluster) + 1;
  if (interestRank > 0) {
    score += INTEREST_WEIGHT * (RANKS_COUNTED + 1 - interestRank);
    why.push(`Matches your #${interestRank} interest: ${CAREER_CLUSTER_NAMES[cluster]}`);
  }
  const inventory = student.careerInterests?.inventory;
  const inventoryRank = (inventory?.clusters ?? []).slice(0, RANKS_COUNTED).indexOf(cluster) + 1;
  if (inventory && inventoryRank > 0) {
    score += INVENTORY_WEIGHT * (RANKS_COUNTED + 1 - inventoryRank);
    why.push(`Matches your ${inventory.name} result: ${CAREER_CLUSTER_NAMES[cluster]}`);
  }
  if (distanceKm !== null) {
    score += Math.max(0, NEARNESS_MAX - Math.floor(distanceKm / KM_PER_NEARNESS_POINT));
    why.push(`${distanceKm.toFixed(1)} km from your school`);
  }
  if (candidate.transitAccess) why.push(`Reachable by transit: ${candidate.transitAccess}`);
  return { score, whyRecommended: why };
}

export function haversineKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}
