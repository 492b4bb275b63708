import type { DataSource, Repository } from 'typeorm';
import { OpportunityEntity } from '../entities/opportunity.entity';
import { WorksiteEntity } from '../entities/worksite.entity';
import type { CareerCluster, CedsWblType, WblContinuumType } from '../generated/graphql';

export interface MatchCandidateQuery {
  /** Leaves out opportunities that ended before this date; null keeps them (to list them as ineligible). */
  endingFrom: string | null;
  careerClusters?: readonly CareerCluster[] | null;
  continuumTypes?: readonly WblContinuumType[] | null;
  cedsTypes?: readonly CedsWblType[] | null;
  paid?: boolean | null;
  from?: string | null;
  to?: string | null;
  transitAccessible?: boolean | null;
  /** At most this many rows come back. */
  limit: number;
}

/** A PUBLISHED opportunity with what its worksite adds to a match (where it is, how to get there). */
export interface MatchCandidate {
  opportunity: OpportunityEntity;
  latitude: number | null;
  longitude: number | null;
  transitAccess: string | null;
}

/** The candidate set of a student's matches: one statement, filtered in SQL, ranked by the service. */
export class OpportunityMatchRepository {
  private readonly opportunities: Repository<OpportunityEntity>;

  constructor(dataSource: DataSource) {
    this.opportunities = dataSource.getRepository(OpportunityEntity);
  }

  async candidates(query: MatchCandidateQuery): Promise<MatchCandidate[]> {
    const qb = this.opportunities
      .createQueryBuilder('o')
      .leftJoin(WorksiteEntity, 'w', 'w.id = o.worksite_id')
      .addSelect(['w.latitude AS w_latitude', 'w.longitude AS w_longitude', 'w.transit_access AS w_transit_access'])
      .where(`o.status = 'PUBLISHED'`)
      .orderBy('o.id')
      .limit(query.limit);
    if (query.endingFrom) qb.andWhere('o.end_date >= :endingFrom', { endingFrom: query.endingFrom });
    if (query.careerClusters?.length) qb.andWhere('o.career_cluster IN (:...clusters)', { clusters: query.careerClusters });
    if (query.continuumTypes?.length) qb.andWhere('o.continuum_type IN (:...continuumTypes)', { continuumTypes: query.continuumTypes });
    if (query.cedsTypes?.length) qb.andWhere('o.ceds_type IN (:...cedsTypes)', { cedsTypes: query.cedsTypes });
    if (query.paid != null) qb.andWhere(query.paid ? `o.compensation_kind <> 'UNPAID'` : `o.compensation_kind = 'UNPAID'`);
    if (query.from) qb.andWhere('o.end_date >= :from', { from: query.from });
    if (query.to) qb.andWhere('o.start_date <= :to', { to: query.to });
    if (query.transitAccessible) qb.andWhere('w.transit_access IS NOT NULL');
    const { entities, raw } = await qb.getRawAndEntities<{ w_latitude: number | null; w_longitude: number | null; w_transit_access: string | null }>();
    // One row per opportunity (a worksite join adds none), in the same order as the entities.
    return entities.map((opportunity, i) => ({
      opportunity,
      latitude: raw[i].w_latitude,
      longitude: raw[i].w_longitude,
      transitAccess: raw[i].w_transit_access,
    }));
  }
}
