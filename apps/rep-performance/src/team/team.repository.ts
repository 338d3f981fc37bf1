import { updateIfVersion } from '@salesgraph/persistence';
import { DataSource, EntityManager, In } from 'typeorm';
import { TeamEntity } from './team.entity';

export class TeamRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<TeamEntity[]> {
    return this.dataSource.getRepository(TeamEntity).findBy({ id: In([...ids]) });
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

  /** Updates the row only if it is still at `version`; false when someone else changed it first. */
  updateIfVersion(manager: EntityManager, id: string, version: number, changes: Partial<TeamEntity>): Promise<boolean> {
    return updateIfVersion(manager, TeamEntity, id, version, changes);
  }
}
