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

  findOne(id: string): Promise<TeamEntity | null> {
    return this.dataSource.getRepository(TeamEntity).findOneBy({ id });
  }

  exists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(TeamEntity).existsBy({ id });
  }

  findByName(name: string): Promise<TeamEntity | null> {
    return this.dataSource.getRepository(TeamEntity).findOneBy({ name });
  }

  insert(manager: EntityManager, team: TeamEntity): Promise<unknown> {
    return manager.insert(TeamEntity, team);
  }
}
