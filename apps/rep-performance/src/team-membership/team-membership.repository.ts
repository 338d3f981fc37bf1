import { Transaction } from '@salesgraph/persistence';
import { DataSource, In, IsNull } from 'typeorm';
import { TeamMembershipEntity } from './team-membership.entity';

export class TeamMembershipRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The rep's open stint. */
  current(repId: string): Promise<TeamMembershipEntity | null> {
    return this.dataSource.getRepository(TeamMembershipEntity).findOneBy({ repId, toDay: IsNull() });
  }

  /** The rep's latest two stints, newest first. */
  latestTwo(repId: string): Promise<TeamMembershipEntity[]> {
    return this.dataSource.getRepository(TeamMembershipEntity).find({ where: { repId }, order: { fromDay: 'DESC' }, take: 2 });
  }

  insert(transaction: Transaction, stint: TeamMembershipEntity): Promise<unknown> {
    return transaction.insert(TeamMembershipEntity, stint);
  }

  /** Ends a stint on a day, or reopens it with null. */
  setEnd(transaction: Transaction, id: string, toDay: string | null): Promise<unknown> {
    return transaction.update(TeamMembershipEntity, { id }, { toDay });
  }

  /** Removes a stint, if it is still the open one. */
  deleteOpen(transaction: Transaction, id: string): Promise<unknown> {
    return transaction.delete(TeamMembershipEntity, { id, toDay: IsNull() });
  }

  /** The reps' stints, oldest first. */
  historyOf(repIds: readonly string[]): Promise<TeamMembershipEntity[]> {
    return this.dataSource.getRepository(TeamMembershipEntity).find({ where: { repId: In([...repIds]) }, order: { fromDay: 'ASC' } });
  }
}
