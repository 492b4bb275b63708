import type { RunningSupergraph } from './supergraph-harness';

/**
 * A seeded demo student whose full view touches every subgraph: placements with approved hours and
 * early college credit (ids read from each owner's tables).
 */
export async function studentWithHoursAndCredit(supergraph: RunningSupergraph): Promise<string | undefined> {
  const withHours: { student_id: string }[] = await supergraph.dataSources.placements.query(
    `SELECT p.student_id FROM placements.placements p JOIN placements.time_entries t ON t.placement_id = p.id
      WHERE t.status = 'APPROVED' GROUP BY p.student_id`,
  );
  const withCredit: { student_id: string }[] = await supergraph.dataSources.credentials.query(
    `SELECT a.student_id FROM credentials.credential_awards a WHERE a.credit_hours_earned > 0 AND a.revoked_at IS NULL GROUP BY a.student_id`,
  );
  const credited = new Set(withCredit.map((r) => r.student_id));
  return withHours.map((r) => r.student_id).find((id) => credited.has(id));
}
