import { DataSource, EntityManager } from 'typeorm';
import { RepDirectoryEntity } from './rep-directory.entity';

export class RepDirectoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(repId: string): Promise<RepDirectoryEntity | null> {
    return this.dataSource.getRepository(RepDirectoryEntity).findOneBy({ repId });
  }

  /** The branch a rep heads, as rep-performance last announced it (SalesRepRegistered v4): a token's branch claim must match it. */
  async headedBranch(repId: string): Promise<string | null> {
    return (await this.find(repId))?.headsBranchId ?? null;
  }

  /** A rep's entry within `manager`'s transaction. */
  findIn(manager: EntityManager, repId: string): Promise<RepDirectoryEntity | null> {
    return manager.findOneBy(RepDirectoryEntity, { repId });
  }
}
