import { DataSource, EntityManager, In } from 'typeorm';
import { TeamEntity } from './team.entity';

export class TeamRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<TeamEntity[]> {
    return this.dataSource.getRepository(TeamEntity).findBy({ id: In([...ids]) });
  }

  findByBranches(branchIds: readonly string[]): Promise<TeamEntity[]> {
    return this.dataSource.getRepository(TeamEntity).find({ where: { branchId: In([...branchIds]) }, order: { name: 'ASC' } });
  }

  findAll(): Promise<TeamEntity[]> {
    return this.dataSource.getRepository(TeamEntity).find({ order: { name: 'ASC' } });
  }

  findByName(name: string): Promise<TeamEntity | null> {
    return this.dataSource.getRepository(TeamEntity).findOneBy({ name });
  }

  insert(manager: EntityManager, team: TeamEntity): Promise<unknown> {
    return manager.insert(TeamEntity, team);
  }
}
