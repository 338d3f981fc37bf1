import { DataSource, EntityManager, In, MoreThan } from 'typeorm';
import { SalesRepEntity } from './sales-rep.entity';

export class SalesRepRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<SalesRepEntity[]> {
    return this.dataSource.getRepository(SalesRepEntity).findBy({ id: In([...ids]) });
  }

  findByTeams(teamIds: readonly string[]): Promise<SalesRepEntity[]> {
    return this.dataSource.getRepository(SalesRepEntity).find({ where: { teamId: In([...teamIds]) }, order: { name: 'ASC' } });
  }

  findByEmail(email: string): Promise<SalesRepEntity | null> {
    return this.dataSource.getRepository(SalesRepEntity).findOneBy({ email });
  }

  /** One page (plus one row, to tell if more follow) and the total count. */
  async page(first: number, afterId?: string): Promise<[SalesRepEntity[], number]> {
    const repository = this.dataSource.getRepository(SalesRepEntity);
    const rows = await repository.find({
      where: afterId === undefined ? {} : { id: MoreThan(afterId) },
      order: { id: 'ASC' },
      take: first + 1,
    });
    return [rows, await repository.count()];
  }

  insert(manager: EntityManager, rep: SalesRepEntity): Promise<unknown> {
    return manager.insert(SalesRepEntity, rep);
  }
}
