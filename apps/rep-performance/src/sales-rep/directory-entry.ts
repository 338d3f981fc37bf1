import { Transaction } from '@salesgraph/persistence';
import { repPlace } from './directory-entry.repository';
import { SalesRepEntity } from './sales-rep.entity';

/**
 * The rep as other subgraphs' directories need them, with their position's role (who stands above whom) and their
 * team's branch (whose branch head sees them): announced whenever one of these changes, by every feature that changes one.
 */
export async function directoryEntry(manager: Transaction, rep: SalesRepEntity) {
  const { role, branchId, headsBranchId } = await repPlace(manager, rep);
  return {
    type: 'SalesRepRegistered' as const,
    aggregateId: rep.id,
    payload: { repId: rep.id, name: rep.name, teamId: rep.teamId, discountAuthorityBp: rep.discountAuthorityBp, role, branchId, headsBranchId },
  };
}
