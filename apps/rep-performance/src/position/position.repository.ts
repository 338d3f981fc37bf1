import { DataSource, In } from 'typeorm';
import { PositionEntity } from './position.entity';

export class PositionRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<PositionEntity[]> {
    return this.dataSource.getRepository(PositionEntity).findBy({ id: In([...ids]) });
  }

  exists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(PositionEntity).existsBy({ id });
  }

  titled(title: string): Promise<boolean> {
    return this.dataSource.getRepository(PositionEntity).existsBy({ title });
  }

  insert(position: PositionEntity): Promise<unknown> {
    return this.dataSource.getRepository(PositionEntity).insert(position);
  }

  findAll(): Promise<PositionEntity[]> {
    return this.dataSource.getRepository(PositionEntity).find({ order: { title: 'ASC' } });
  }
}
