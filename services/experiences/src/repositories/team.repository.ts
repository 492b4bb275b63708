import type { Tx } from '@careergraph/kit';
import { type DataSource, In, type Repository } from 'typeorm';
import { ExperienceTeamEntity, ExperienceTeamMemberEntity } from '../entities/experience-team.entity';

/** A team to write with its members. */
export interface TeamWrite extends ExperienceTeamEntity {
  memberIds: string[];
}

export class TeamRepository {
  private readonly teams: Repository<ExperienceTeamEntity>;
  private readonly members: Repository<ExperienceTeamMemberEntity>;

  constructor(dataSource: DataSource) {
    this.teams = dataSource.getRepository(ExperienceTeamEntity);
    this.members = dataSource.getRepository(ExperienceTeamMemberEntity);
  }

  /** The experience's teams with their members, inside the transaction (the audit's "before"). */
  async findWithMembers(tx: Tx, experienceId: string): Promise<TeamWrite[]> {
    const teams = await tx.findBy(ExperienceTeamEntity, { experienceId });
    const members = await tx.findBy(ExperienceTeamMemberEntity, { experienceId });
    return teams.map((team) => ({ ...team, memberIds: members.filter((m) => m.teamId === team.id).map((m) => m.studentId) }));
  }

  /** Replaces the experience's teams and members. */
  async replace(tx: Tx, experienceId: string, teams: readonly TeamWrite[]): Promise<void> {
    await tx.delete(ExperienceTeamEntity, { experienceId });
    if (teams.length === 0) return;
    await tx.insert(
      ExperienceTeamEntity,
      teams.map(({ memberIds: _members, ...team }) => team),
    );
    const members = teams.flatMap((team) => team.memberIds.map((studentId) => ({ experienceId, studentId, teamId: team.id })));
    if (members.length > 0) await tx.insert(ExperienceTeamMemberEntity, members);
  }

  /** Teams of these experiences, by rank (unranked last) then name. */
  findByExperiences(experienceIds: readonly string[]): Promise<ExperienceTeamEntity[]> {
    return this.teams
      .createQueryBuilder('t')
      .where('t.experience_id IN (:...experienceIds)', { experienceIds: [...experienceIds] })
      .orderBy('t.rank', 'ASC', 'NULLS LAST')
      .addOrderBy('t.name', 'ASC')
      .getMany();
  }

  findMembersByTeams(teamIds: readonly string[]): Promise<ExperienceTeamMemberEntity[]> {
    return this.members.find({ where: { teamId: In([...teamIds]) }, order: { studentId: 'ASC' } });
  }

  /** The team of each `<experienceId>:<studentId>` key that has one, one statement. */
  async findByExperienceStudent(keys: readonly string[]): Promise<{ key: string; team: ExperienceTeamEntity }[]> {
    const pairs = keys.map((key) => key.split(':'));
    const rows = await this.members
      .createQueryBuilder('m')
      .innerJoinAndMapOne('m.team', ExperienceTeamEntity, 't', 't.id = m.team_id')
      .where('(m.experience_id, m.student_id) IN (SELECT * FROM unnest(:experienceIds::uuid[], :studentIds::uuid[]))', {
        experienceIds: pairs.map(([experienceId]) => experienceId),
        studentIds: pairs.map(([, studentId]) => studentId),
      })
      .getMany();
    return rows.map((row) => ({ key: `${row.experienceId}:${row.studentId}`, team: (row as ExperienceTeamMemberEntity & { team: ExperienceTeamEntity }).team }));
  }
}
