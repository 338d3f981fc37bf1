import { DataSource, In } from 'typeorm';
import { PositionEntity } from './position.entity';

export class PositionRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<PositionEntity[]> {
    return this.dataSource.getRepository(PositionEntity).findBy({ id: In([...ids]) });
  }

  findAll(): Promise<PositionEntity[]> {
    return this.dataSource.getRepository(PositionEntity).find({ order: { title: 'ASC' } });
  }
}
