import { Transaction } from '@salesgraph/persistence';
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

  findOne(id: string): Promise<BranchEntity | null> {
    return this.dataSource.getRepository(BranchEntity).findOneBy({ id });
  }

  exists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(BranchEntity).existsBy({ id });
  }

  named(name: string): Promise<boolean> {
    return this.dataSource.getRepository(BranchEntity).existsBy({ name });
  }

  insert(branch: BranchEntity): Promise<unknown> {
    return this.dataSource.getRepository(BranchEntity).insert(branch);
  }

  /** The branch a rep heads, read in a transaction. */
  headedBy(transaction: Transaction, repId: string): Promise<BranchEntity | null> {
    return transaction.findOneBy(BranchEntity, { managerId: repId });
  }

  setManager(transaction: Transaction, branchId: string, managerId: string, version: number): Promise<unknown> {
    return transaction.update(BranchEntity, { id: branchId }, { managerId, version });
  }

  /** The branch a rep heads (setBranchManager), which a token's branch claim must match (docs/architecture.md#row-scopes). */
  async headedBranch(repId: string): Promise<string | null> {
    return (await this.dataSource.getRepository(BranchEntity).findOneBy({ managerId: repId }))?.id ?? null;
  }
}
