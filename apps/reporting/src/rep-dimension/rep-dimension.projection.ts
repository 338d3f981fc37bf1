import { EventHandlers, EventPayload } from '@salesgraph/events';
import { EntityManager } from 'typeorm';
import { RepDimensionEntity } from './rep-dimension.entity';

/** Versions 1–3 say nothing of branches: the rep's team and name, every version carries. */
const upsertRep = async (manager: EntityManager, rep: EventPayload<'SalesRepRegistered', 1>): Promise<void> => {
  await manager.upsert(RepDimensionEntity, { id: rep.repId, teamId: rep.teamId, name: rep.name }, ['id']);
};

/** Version 4 adds the team's branch (whose branch head sees the rep's figures) and the branch the rep heads. */
const upsertRepInBranch = async (manager: EntityManager, rep: EventPayload<'SalesRepRegistered', 4>): Promise<void> => {
  await manager.upsert(
    RepDimensionEntity,
    { id: rep.repId, teamId: rep.teamId, name: rep.name, branchId: rep.branchId, headsBranchId: rep.headsBranchId ?? null },
    ['id'],
  );
};

export const repDimensionProjection: EventHandlers = {
  SalesRepRegistered: { 1: upsertRep, 2: upsertRep, 3: upsertRep, 4: upsertRepInBranch },
};
