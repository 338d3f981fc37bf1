import { DataSource } from 'typeorm';
import { BranchEntity } from './branch.entity';

/** The branch a rep heads (setBranchManager), which a token's branch claim must match (docs/architecture.md#row-scopes). */
export async function headedBranch(dataSource: DataSource, repId: string): Promise<string | null> {
  return (await dataSource.getRepository(BranchEntity).findOneBy({ managerId: repId }))?.id ?? null;
}
