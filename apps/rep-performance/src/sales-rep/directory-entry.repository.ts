import { Transaction } from '@salesgraph/persistence';
import { BranchEntity } from '../branch/branch.entity';
import { PositionEntity } from '../position/position.entity';
import { TeamEntity } from '../team/team.entity';
import { SalesRepEntity } from './sales-rep.entity';

/** Where a rep stands in the organisation, as their directory entry announces it. */
export interface RepPlace {
  readonly role: string | null;
  readonly branchId: string | null;
  readonly headsBranchId: string | null;
}

/**
 * The directory entry's read model: a rep's position (owned by position), team (team) and the branch they head
 * (branch), read for the one purpose of announcing the rep, in the transaction that changes one of them
 * (docs/architecture.md#data-access).
 */
export async function repPlace(transaction: Transaction, rep: SalesRepEntity): Promise<RepPlace> {
  const role = rep.positionId ? ((await transaction.findOneBy(PositionEntity, { id: rep.positionId }))?.role ?? null) : null;
  const branchId = (await transaction.findOneBy(TeamEntity, { id: rep.teamId }))?.branchId ?? null;
  const headsBranchId = (await transaction.findOneBy(BranchEntity, { managerId: rep.id }))?.id ?? null;
  return { role, branchId, headsBranchId };
}
