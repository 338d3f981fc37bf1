import { EntityManager } from 'typeorm';
import { BranchEntity } from '../branch/branch.entity';
import { PositionEntity } from '../position/position.entity';
import { TeamEntity } from '../team/team.entity';
import { SalesRepEntity } from './sales-rep.entity';

/**
 * The rep as other subgraphs' directories need them, with their position's role (who stands above whom) and their
 * team's branch (whose branch head sees them): announced whenever one of these changes, by every feature that changes one.
 */
export async function directoryEntry(manager: EntityManager, rep: SalesRepEntity) {
  const role = rep.positionId ? ((await manager.findOneBy(PositionEntity, { id: rep.positionId }))?.role ?? null) : null;
  const branchId = (await manager.findOneBy(TeamEntity, { id: rep.teamId }))?.branchId ?? null;
  const headsBranchId = (await manager.findOneBy(BranchEntity, { managerId: rep.id }))?.id ?? null;
  return {
    type: 'SalesRepRegistered' as const,
    aggregateId: rep.id,
    payload: { repId: rep.id, name: rep.name, teamId: rep.teamId, discountAuthorityBp: rep.discountAuthorityBp, role, branchId, headsBranchId },
  };
}
