import { DataSource, In } from 'typeorm';
import { RepDimensionEntity } from './rep-dimension.entity';

export class RepDimensionRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<RepDimensionEntity[]> {
    return this.dataSource.getRepository(RepDimensionEntity).findBy({ id: In([...ids]) });
  }
}
