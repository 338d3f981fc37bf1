import { DataSource, In } from 'typeorm';
import { RepDimensionEntity } from './rep-dimension.entity';

export class RepDimensionRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<RepDimensionEntity[]> {
    return this.dataSource.getRepository(RepDimensionEntity).findBy({ id: In([...ids]) });
  }

  /** The branch a rep heads, as rep-performance last announced it (SalesRepRegistered v4): a token's branch claim must match it. */
  async headedBranch(repId: string): Promise<string | null> {
    return (await this.dataSource.getRepository(RepDimensionEntity).findOneBy({ id: repId }))?.headsBranchId ?? null;
  }
}
