import { DataSource, In } from 'typeorm';
import { BranchEntity } from './branch.entity';

export class BranchRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<BranchEntity[]> {
    return this.dataSource.getRepository(BranchEntity).findBy({ id: In([...ids]) });
  }

  findAll(): Promise<BranchEntity[]> {
    return this.dataSource.getRepository(BranchEntity).find({ order: { name: 'ASC' } });
  }

  /** The branch a rep heads (setBranchManager), which a token's branch claim must match (docs/architecture.md#row-scopes). */
  async headedBranch(repId: string): Promise<string | null> {
    return (await this.dataSource.getRepository(BranchEntity).findOneBy({ managerId: repId }))?.id ?? null;
  }
}
