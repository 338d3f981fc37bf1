import { DataSource } from 'typeorm';
import { RepDirectoryRepository } from './rep-directory.repository';

/** The branch a rep heads, as rep-performance last announced it (SalesRepRegistered v4): a token's branch claim must match it. */
export async function headedBranch(dataSource: DataSource, repId: string): Promise<string | null> {
  return (await new RepDirectoryRepository(dataSource).find(repId))?.headsBranchId ?? null;
}
