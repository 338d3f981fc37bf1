import { DataSource, In } from 'typeorm';
import { TeamMembershipEntity } from './team-membership.entity';

export class TeamMembershipRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The reps' stints, oldest first. */
  historyOf(repIds: readonly string[]): Promise<TeamMembershipEntity[]> {
    return this.dataSource.getRepository(TeamMembershipEntity).find({ where: { repId: In([...repIds]) }, order: { fromDay: 'ASC' } });
  }
}
