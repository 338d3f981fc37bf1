import { DataSource } from 'typeorm';
import { RepDimensionEntity } from './rep-dimension.entity';

/** The branch a rep heads, as rep-performance last announced it (SalesRepRegistered v4): a token's branch claim must match it. */
export async function headedBranch(dataSource: DataSource, repId: string): Promise<string | null> {
  return (await dataSource.getRepository(RepDimensionEntity).findOneBy({ id: repId }))?.headsBranchId ?? null;
}
